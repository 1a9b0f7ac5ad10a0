-- source: Flink docs, aggregate functions, PERCENTILE(expr, percentage) (exact percentile with linear interpolation between the closest ranks: position (n - 1) * p; DOUBLE result); changelog by hand with GroupAggFunction's emission rules
CREATE TABLE t (
  v INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PERCENTILE(v, 0.5) AS p50 FROM t;
