-- source: Flink's SumAggFunction starts from NULL and takes the first value as it is (IF(sum IS NULL, operand, sum + operand)), so a SUM of -0.0 values is -0.0; MiniBatchGroupAggFunction, one bundle (size 100): one change per key; by hand
-- pk: k
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.exec.mini-batch.size' = '100';
CREATE TABLE t (
  k STRING,
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, SUM(d) AS sd, SUM(f) AS sf FROM t GROUP BY k;
