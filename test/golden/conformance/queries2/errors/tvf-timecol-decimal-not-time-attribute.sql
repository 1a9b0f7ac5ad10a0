-- source: Flink SqlWindowTableFunction.checkTimeColumnDescriptorOperand (Flink 1.15+: a column that cannot be a time attribute at all, with the function's allowed signature and the RelDataType text of the column: DECIMAL(10, 2)); WindowTableFunctionTest#testInvalidTimeColType (BIGINT); Flink gives no position
-- fail: requires the timecol to be TIMESTAMP or TIMESTAMP_LTZ, but is DECIMAL(10, 2).
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(price), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES));
