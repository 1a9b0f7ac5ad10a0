-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 3:24 'a'
CREATE TABLE t (a INT, a STRING) WITH ('connector' = 'datagen');
