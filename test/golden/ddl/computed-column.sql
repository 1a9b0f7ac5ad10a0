-- source: Flink docs (CREATE TABLE: computed columns); by hand
CREATE TABLE t (
  a INT,
  b STRING,
  c AS a * 10,
  d AS UPPER(b)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM t;
