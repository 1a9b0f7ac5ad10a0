-- source: Flink docs, Window Aggregation (insert-only results, one per window and key, fired by the watermark) feeding a regular GROUP BY (GroupAggFunction: +I for a new key, -U/+U when its count changes); windows fire in time order, so each key's changelog is fixed; by hand
-- order: per-key
-- pk: cnt
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT cnt, COUNT(*) AS n
FROM (
  SELECT a, window_start, window_end, COUNT(*) AS cnt
  FROM TABLE(TUMBLE(TABLE MyTable, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
  GROUP BY a, window_start, window_end
)
GROUP BY cnt;
