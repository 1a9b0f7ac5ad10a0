-- source: Flink docs, Window Aggregation (a window aggregation is a GROUP BY: HAVING filters its insert-only rows after the window fires); 5-second windows per key, keeping groups with more than one row; by hand
-- order: any
CREATE TABLE t (
  k STRING,
  v INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY k, window_start, window_end
HAVING COUNT(*) > 1;
