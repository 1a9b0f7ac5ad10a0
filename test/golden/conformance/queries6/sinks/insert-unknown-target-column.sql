-- source: Flink PreValidateReWriter#validateField (a target column the sink lacks: Calcite's unknownTargetColumn "Unknown target column 'c'" at its identifier)
-- fail: 4:19 Unknown target column 'c'
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'blackhole');
INSERT INTO t (a, c) VALUES (1, 'x');
