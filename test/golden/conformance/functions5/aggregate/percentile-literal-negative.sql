-- source: Flink PercentileAggFunctionITCase ("Validation Error": a literal percentage outside [0.0, 1.0] fails validation with "Invalid input arguments. Expected signatures are:\nPERCENTILE(expr <NUMERIC>, percentage [<NUMERIC NOT NULL> | ARRAY<NUMERIC NOT NULL> NOT NULL])\n…")
-- fail: 4:8 Invalid input arguments. Expected signatures are:
CREATE TABLE t (f0 DOUBLE, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PERCENTILE(f0, -1), f1 FROM t GROUP BY f1;
