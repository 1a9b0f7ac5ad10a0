-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 3:17 `value`
CREATE TABLE t (value INT) WITH ('connector' = 'datagen');
