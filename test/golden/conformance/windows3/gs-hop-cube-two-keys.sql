-- source: Flink WindowAggregateTest#testHop_Cube (the query; its plan is a window aggregation: window_start and window_end in every grouping set), restated on six rows in 10-second windows sliding by 5 seconds; rows of each window and set counted by hand
-- order: any
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, window_start, COUNT(DISTINCT c) AS uv
FROM TABLE(HOP(TABLE MyTable, DESCRIPTOR(rowtime), INTERVAL '5' SECOND, INTERVAL '10' SECOND))
GROUP BY CUBE (a, b), window_start, window_end;
