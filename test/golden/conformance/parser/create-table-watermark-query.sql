-- source: FlinkSqlParserImplTest#testCreateTableWithQueryWatermarkExpression: "Query expression encountered in illegal context" at ^(^ (line 5, column 23)
-- fail: 7:23 Query expression encountered in illegal context
CREATE TABLE tbl1 (
  f0 bigint,
  f1 varchar,
  f2 boolean,
  WATERMARK FOR f0 AS (SELECT f1 FROM tbl1)
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);
