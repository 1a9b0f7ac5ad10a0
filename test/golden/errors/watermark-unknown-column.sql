-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 3:38 'b'
CREATE TABLE t (a INT, WATERMARK FOR b AS b) WITH ('connector' = 'datagen');
