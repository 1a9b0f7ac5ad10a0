-- source: Flink PercentileAggFunctionITCase ("Runtime Error": PERCENTILE(f0, ARRAY[0.5, -2.0], 2) fails with "Percentage of PERCENTILE should be between [0.0, 1.0], but was '-2.0'.")
-- fail: Percentage of PERCENTILE should be between [0.0, 1.0], but was '-2.0'.
CREATE TABLE t (f0 DOUBLE, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PERCENTILE(f0, ARRAY[0.5, -2.0], 2), f1 FROM t GROUP BY f1;
