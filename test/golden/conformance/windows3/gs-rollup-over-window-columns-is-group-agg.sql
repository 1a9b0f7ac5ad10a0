-- source: Flink WindowAggregateTest#testCantTranslateToWindowAgg_RollupWithoutWindowStartEnd (ROLLUP (a, b, window_start, window_end) has sets without the window: a GroupAggregate, an updating result; the rolled-up window columns are nullable); the table it ends with, counted by hand
-- order: final
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, window_start, window_end, COUNT(DISTINCT c) AS uv
FROM TABLE(TUMBLE(TABLE MyTable, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY ROLLUP (a, b, window_start, window_end);
