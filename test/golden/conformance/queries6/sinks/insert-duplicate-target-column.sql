-- source: Flink PreValidateReWriter#appendPartitionAndNullsProjects (validateField with targetFields.add: a target column listed twice fails Calcite's duplicateTargetColumn at the second identifier: "Target column 'a' is assigned more than once")
-- fail: 4:22 Target column 'a' is assigned more than once
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'blackhole');
INSERT INTO t (a, b, a) VALUES (1, 'x', 2);
