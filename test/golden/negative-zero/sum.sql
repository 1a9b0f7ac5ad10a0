-- source: Flink's SumAggFunction starts from NULL and takes the first value as it is (IF(sum IS NULL, operand, sum + operand)), so a SUM of -0.0 values is -0.0 (0.0 + -0.0 is 0.0); GroupAggFunction emits nothing for an unchanged result; CAST(-0.0 AS STRING) is -0.0; by hand
-- pk: k
CREATE TABLE t (
  k STRING,
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, SUM(d) AS sd, SUM(f) AS sf FROM t GROUP BY k;
