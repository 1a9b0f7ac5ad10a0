-- source: Flink MiniBatchGroupAggFunction keys its bundle and state by BinaryRowData (raw bits: -0.0 and 0.0 are two keys); one bundle (size 100) folds to one change per key; by hand
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.exec.mini-batch.size' = '100';
CREATE TABLE t (
  k STRING,
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d, COUNT(*) AS c, MAX(k) AS m FROM t GROUP BY d;
SELECT k, f, COUNT(*) AS c FROM t GROUP BY k, f;
