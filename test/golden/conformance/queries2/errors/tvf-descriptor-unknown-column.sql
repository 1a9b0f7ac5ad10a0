-- source: Flink SqlWindowTableFunction.validateColumnNames: Calcite's RESOURCE.unknownIdentifier at the DESCRIPTOR column ('Unknown identifier ''{0}''')
-- fail: 10:50 Unknown identifier 'bid_time'
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bid_time), INTERVAL '10' MINUTES));
