-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 4:8 `value`
CREATE TABLE t (`value` INT) WITH ('connector' = 'datagen');
SELECT value FROM t;
