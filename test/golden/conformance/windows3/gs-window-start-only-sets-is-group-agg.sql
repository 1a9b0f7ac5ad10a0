-- source: Flink WindowAggregateTest#testCantTranslateToWindowAgg_GroupingSetsOnlyWithWindowStart (no window_end in the sets: a GroupAggregate over the window TVF, an updating result); the table it ends with, counted by hand
-- order: final
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, window_start, COUNT(DISTINCT c) AS uv
FROM TABLE(TUMBLE(TABLE MyTable, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY GROUPING SETS ((a, window_start), (window_start));
