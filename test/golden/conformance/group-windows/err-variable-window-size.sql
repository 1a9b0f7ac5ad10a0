-- source: Flink GroupWindowTest#testVariableWindowSize (StreamLogicalWindowAggregateRule.getOperandAsLong: 'Only constant window descriptors are supported.')
-- fail: 11:51 Only constant window descriptors are supported.
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, price * INTERVAL '1' MINUTE);
