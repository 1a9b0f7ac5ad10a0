-- source: Flink WindowAggregateTest#testSession_OnRowtime (SESSION with PARTITION BY, COUNT(*), COUNT(DISTINCT), an aggregate with FILTER) restated on six rows; sessions merge when they touch (TimeWindow.intersects: [4 s, 6 s) and [6 s, 8 s) of a = 2 become [4 s, 8 s)); by hand
-- order: any
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, window_start, window_end, COUNT(*) AS cnt, COUNT(DISTINCT c) AS uv, SUM(d) FILTER (WHERE b = 10) AS s10
FROM TABLE(SESSION(TABLE MyTable PARTITION BY a, DESCRIPTOR(rowtime), INTERVAL '2' SECOND))
GROUP BY a, window_start, window_end;
