-- source: Flink LogicalWindowAggregateRuleBase.matches: 'Only a single window group function may be used in GROUP BY'
-- fail: 11:74 Only a single window group function may be used in GROUP BY
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE), HOP(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE);
