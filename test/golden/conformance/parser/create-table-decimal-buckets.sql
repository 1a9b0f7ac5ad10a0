-- source: FlinkSqlParserImplTest#testCreateTableWithDistributionIntoDecimalBuckets: "Bucket count must be a positive integer" at ^3.2^ (line 7, column 18)
-- fail: 9:18 Bucket count must be a positive integer
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED INTO 3.2 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);
