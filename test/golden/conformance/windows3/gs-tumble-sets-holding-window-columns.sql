-- source: Flink WindowAggregateTest#testTumble_GroupingSets (the query; its plan is a window aggregation: window_start and window_end in every grouping set), restated on six rows in 5-second windows; rows of each window and set counted by hand
-- order: any
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, window_start, window_end, COUNT(DISTINCT c) AS uv
FROM TABLE(TUMBLE(TABLE MyTable, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY GROUPING SETS ((a, window_start, window_end), (b, window_start, window_end));
