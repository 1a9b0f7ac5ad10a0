-- source: Flink merging WindowOperator (a session whose end - 1 is at or before the watermark is late: the row is dropped, it does not reopen or merge into the fired session); WATERMARK rowtime, 2-second gap, rows at 00:01, 00:10, then 00:02 (late), then 00:11; by hand
-- order: any
CREATE TABLE t (
  k STRING,
  v INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(SESSION(TABLE t PARTITION BY k, DESCRIPTOR(rowtime), INTERVAL '2' SECOND))
GROUP BY k, window_start, window_end;
