-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: TIMESTAMP
CREATE TABLE t (a INT, WATERMARK FOR a AS a) WITH ('connector' = 'datagen');
SELECT a FROM t;
