-- source: Flink StreamExecLimit over an updating input with mini-batch (MiniBatchGroupAggFunction, one phase, bundle size 2: the count emits +I 2, -U 2 / +U 4, -U 4 / +U 6), then RetractableTopNFunction without sort key: -D for each retracted count, +I for each new one; by hand
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '2';
CREATE TABLE t (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) AS n FROM t LIMIT 1;
