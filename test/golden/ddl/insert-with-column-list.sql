-- source: Flink docs (INSERT INTO t (cols): missing columns are NULL); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE sink (a INT, b STRING, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/sink', 'format' = 'json');
INSERT INTO sink (b, a) SELECT b, a FROM t WHERE a = 1;
SELECT * FROM sink;
