-- source: Flink SumAggFunction.FloatSumAggFunction (sums in FLOAT arithmetic) and AvgAggFunction.FloatAvgAggFunction (sums FLOAT values in a DOUBLE, casts the quotient back to FLOAT), DOUBLE sum and average; values computed with JDK 17 (0.1f + 0.2f + 0.7f = 1.0f, (float) ((0.1f + 0.2f + 0.7f as doubles) / 3) = 0.33333334, (float) (0.30000000447034836 / 2) = 0.15)
-- order: final
CREATE TABLE t (k STRING, f FLOAT, d DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, SUM(f) AS sf, AVG(f) AS af, SUM(d) AS sd, AVG(d) AS ad, MIN(f) AS mnf, MAX(d) AS mxd FROM t GROUP BY k;
