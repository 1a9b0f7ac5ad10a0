-- source: FlinkSqlParserImplTest#testCreateTableWithDistributionIntoNegativeBuckets: Encountered "-" at line 7, column 18
-- fail: 9:18 found '-'
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED INTO -3 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);
