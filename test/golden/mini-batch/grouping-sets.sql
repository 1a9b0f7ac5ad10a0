-- source: Flink GROUPING SETS (Expand, then the mini-batch GroupAggregate over the expanded rows); input below table.exec.mini-batch.size: one +I per grouping key at end of input; by hand
-- order: any
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '1000';
CREATE TABLE t (
  k STRING,
  g STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, g, COUNT(*) AS c FROM t GROUP BY GROUPING SETS ((k), (g), ());
