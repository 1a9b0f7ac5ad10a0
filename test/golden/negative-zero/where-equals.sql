-- source: Flink's generated code compares DOUBLE / FLOAT with Java's == (numeric: -0.0 == 0.0 is true), unlike its keys; by hand
CREATE TABLE t (
  k STRING,
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, d, d = 0.0 AS z, f = CAST(0 AS FLOAT) AS zf FROM t WHERE d = 0.0;
