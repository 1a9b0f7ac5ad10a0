-- source: Flink StreamLogicalWindowAggregateRule.getInAggregateGroupExpression: a group window on a TIMESTAMP that is not a time attribute (CAST drops the rowtime attribute)
-- fail: 11:42 Window aggregate can only be defined over a time attribute column, but TIMESTAMP(3) encountered.
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY TUMBLE(CAST(bidtime AS TIMESTAMP(3)), INTERVAL '10' MINUTE);
