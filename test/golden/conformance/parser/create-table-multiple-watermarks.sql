-- source: FlinkSqlParserImplTest#testCreateTableWithMultipleWatermark: "Multiple WATERMARK declarations are not supported yet." at ^WATERMARK^ (line 6, column 3)
-- fail: 8:3 Multiple WATERMARK declarations are not supported yet
CREATE TABLE tbl1 (
  f0 bigint,
  f1 varchar,
  f2 boolean,
  WATERMARK FOR f0 AS NOW(),
  WATERMARK FOR f1 AS NOW()
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);
