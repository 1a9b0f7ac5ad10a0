-- source: Flink SlicingWindowOperator / TimeWindowUtil.isWindowFired (a window fires once the watermark reaches window_end - 1; a row of a fired window is dropped as late); WATERMARK rowtime - 2 s: after the 00:00:11.999 row the watermark is 00:00:09.999, so [00:05, 00:10) has fired (with no rows: nothing emitted) and the 00:00:09.999 and 00:00:04 rows are dropped, while 00:00:10 is kept; by hand
-- order: any
CREATE TABLE t (
  k STRING,
  v INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '2' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY window_start, window_end;
