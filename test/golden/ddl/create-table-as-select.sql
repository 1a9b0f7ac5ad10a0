-- source: Flink docs (CREATE TABLE AS SELECT); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE copy WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/copy', 'format' = 'json') AS SELECT b, a + 1 AS a1 FROM t;
SELECT * FROM copy;
