-- source: Flink SqlWindowTableFunction.checkTimeColumnDescriptorOperand (RelDataType text of the column: DECIMAL(10, 2)); Flink gives no position
-- fail: The window function requires the timecol is a time attribute type, but is DECIMAL(10, 2).
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(price), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES));
