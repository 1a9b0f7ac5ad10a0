-- source: Flink docs, Window TVF (TUMBLE: windows [start, end), a row at a window's end belongs to the next window; window_time = window_end - 1 ms); WATERMARK rowtime, rows at 00:00, 00:05, 00:09.999 and 00:10; by hand
-- order: any
CREATE TABLE t (
  k STRING,
  v INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, window_time, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY window_start, window_end, window_time;
