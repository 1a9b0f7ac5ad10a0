-- source: Flink SplitAggregateITCase#testCountDistinctWithBinaryRowSource (split distinct aggregation on, mini-batch on: the retract sink's final rows, which Flink asserts equal the unsplit ones)
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
SET 'table.optimizer.distinct-agg.split.enabled' = 'true';
CREATE TABLE src (a STRING, b STRING, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  a,
  b,
  COUNT(distinct c) as uv
FROM (
  SELECT
    a, b, c, d
  FROM
    src where b <> ''
  UNION ALL
  SELECT
    a, 'ALL' as b, c, d
  FROM
    src where b <> ''
) t
GROUP BY
  a, b;
