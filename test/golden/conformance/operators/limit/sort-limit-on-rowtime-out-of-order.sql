-- source: Flink StreamPhysicalSortLimitRule (ORDER BY with a FETCH is a Top-N by the sort keys, not a temporal sort: no row is late) and the docs' LIMIT example (SELECT * FROM Orders ORDER BY orderTime LIMIT 3); the 3 earliest orders
-- order: final
CREATE TABLE Orders (id INT, orderTime TIMESTAMP(3), WATERMARK FOR orderTime AS orderTime)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, orderTime FROM Orders ORDER BY orderTime LIMIT 3;
