-- source: Flink WindowAggregateTest#testCumulate_Cube (the query; its plan is a window aggregation: window_start and window_end in every grouping set), restated on six rows in CUMULATE windows (5-second steps of 15 seconds); rows of each window and set counted by hand
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
FROM TABLE(CUMULATE(TABLE MyTable, DESCRIPTOR(rowtime), INTERVAL '5' SECOND, INTERVAL '15' SECOND))
GROUP BY CUBE (a, b), window_start, window_end;
