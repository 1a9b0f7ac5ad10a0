-- source: Flink PullUpWindowTableFunctionIntoWindowAggregateRule: a Calc between the window TVF and the window aggregation that calls no window column is transposed below the TVF, so WHERE price > 1 drops E (08:13) before sessions form: supplier1's session ends at 08:07 + 3 = 08:10 and E opens none; sums by hand
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT supplier_id, window_start, window_end, COUNT(*) AS c, SUM(price) AS s
FROM TABLE(SESSION(TABLE Bid PARTITION BY supplier_id, DESCRIPTOR(bidtime), INTERVAL '3' MINUTES))
WHERE price > 1
GROUP BY supplier_id, window_start, window_end;
