-- source: Flink docs, Window Aggregation (results are emitted per window that holds rows: a window with no row emits nothing); every row filtered out before the window: an empty result with its schema
-- order: any
CREATE TABLE t (
  k STRING,
  v INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, window_start, window_end, COUNT(*) AS c
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
WHERE v > 100
GROUP BY k, window_start, window_end;
