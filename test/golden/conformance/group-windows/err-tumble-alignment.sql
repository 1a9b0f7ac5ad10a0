-- source: Flink GroupWindowTest#testTumbleWindowNoOffset (LogicalWindowAggregateRuleBase.getWindowExpressions: 'TUMBLE window with alignment is not supported yet.')
-- fail: 11:70 TUMBLE window with alignment is not supported yet.
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '2' HOUR, TIME '10:00:00');
