-- source: Flink PercentileAggFunctionITCase ("Runtime Error": a computed percentage outside [0.0, 1.0] fails the job with "Percentage of PERCENTILE should be between [0.0, 1.0], but was '3.0'.")
-- fail: Percentage of PERCENTILE should be between [0.0, 1.0], but was '3.0'.
CREATE TABLE t (f0 DOUBLE, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PERCENTILE(f0, 1.0 + 2.0), f1 FROM t GROUP BY f1;
