-- source: Flink docs, Window TVF (CUMULATE(data, timecol, step, size [, offset])) and CumulativeWindowAssigner (max window start = getWindowStartWithOffset(ts, offset, size), ends from the step holding ts up to start + size, ascending); step 2 s, size 6 s, offset -1 s: a row at 00:00 is in [-1, 1), [-1, 3), [-1, 5); one at 00:04 in [-1, 5); one at 00:05 in [5, 7), [5, 9), [5, 11); by hand
-- order: strict
CREATE TABLE t (
  k STRING,
  v INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, v, window_start, window_end FROM TABLE(CUMULATE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '2' SECOND, INTERVAL '6' SECOND, INTERVAL '-1' SECOND));
