-- source: Flink docs (CREATE TABLE IF NOT EXISTS keeps the first definition); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE IF NOT EXISTS t (z DOUBLE) WITH ('connector' = 'datagen');
SELECT a FROM t;
