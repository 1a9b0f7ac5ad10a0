-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 3:24 `timestamp`
CREATE TABLE t (a INT, timestamp TIMESTAMP(3)) WITH ('connector' = 'datagen');
