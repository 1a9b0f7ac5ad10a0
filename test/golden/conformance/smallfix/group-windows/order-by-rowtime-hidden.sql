-- source: Flink docs, queries/orderby ("the result of streaming queries must be primarily sorted on an ascending time attribute") with Calcite's validator (an ORDER BY expression the SELECT does not list is sorted on as a hidden select item) and the group window auxiliary TUMBLE_ROWTIME, a rowtime attribute (docs, Group Window Aggregation); the docs' Bid data, sums by hand
-- order: strict
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_START(bidtime, INTERVAL '10' MINUTE) AS ws, SUM(price) AS s
FROM Bid
GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE)
ORDER BY tumble_rowtime(bidtime, INTERVAL '10' MINUTE);
