-- source: Flink docs, CREATE TABLE (a computed column as the rowtime: WATERMARK FOR on an expression column) and Window Aggregation; rt = rowtime + 1 s, 5-second windows: [0, 5) holds the rows at 1 s and 2 s, [5, 10) those at 4, 6, 7 s, [10, 15) the one at 12 s; by hand
-- order: any
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  rowtime TIMESTAMP(3),
  rt AS rowtime + INTERVAL '1' SECOND,
  WATERMARK FOR rt AS rt
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS cnt, SUM(d) AS s
FROM TABLE(TUMBLE(TABLE MyTable, DESCRIPTOR(rt), INTERVAL '5' SECOND))
GROUP BY window_start, window_end;
