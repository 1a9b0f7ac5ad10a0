-- source: Flink docs (CREATE TABLE ... LIKE: options and columns are inherited); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t2 (c AS a + 100) LIKE t;
SELECT * FROM t2;
