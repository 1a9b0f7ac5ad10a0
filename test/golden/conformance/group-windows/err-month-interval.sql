-- source: Flink GroupWindowTest#testWindowWrongWindowParameter1 (StreamLogicalWindowAggregateRule.getOperandAsLong)
-- fail: 11:51 Window aggregate only support SECOND, MINUTE, HOUR, DAY as the time unit. MONTH and YEAR time unit are not supported yet.
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '1' MONTH);
