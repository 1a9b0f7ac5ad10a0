-- source: FlinkSqlParserImplTest#testCreateTableWithRandomDistribution: Encountered "RANDOM" at line 7, column 16
-- fail: 9:16 found 'RANDOM'
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY RANDOM(a, h) INTO 6 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);
