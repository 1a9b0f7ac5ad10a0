-- source: Flink SqlWindowTableFunction.checkTimeColumnDescriptorOperand (RelDataType text of a STRING column: VARCHAR(2147483647) CHARACTER SET "UTF-16LE"); Flink gives no position
-- fail: but is VARCHAR(2147483647) CHARACTER SET "UTF-16LE".
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(CUMULATE(TABLE Bid, DESCRIPTOR(item), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES));
