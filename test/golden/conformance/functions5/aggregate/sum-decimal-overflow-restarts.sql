-- source: Flink SumAggFunction.DecimalSumAggFunction (sum = IF(v IS NULL, sum, IF(sum IS NULL, v, aggDecimalPlus(sum, v))): a DECIMAL(38, 0) overflow makes the sum NULL and the next value starts it again) and AvgAggFunction (sum starts at 0, NULL + v stays NULL; 9E37 / 1 does not fit DECIMAL(38, 6)); GroupAggFunction emits -U/+U when the result changes; computed by hand
CREATE TABLE t (k STRING, m DECIMAL(38, 0)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, SUM(m) AS s, AVG(m) AS a FROM t GROUP BY k;
