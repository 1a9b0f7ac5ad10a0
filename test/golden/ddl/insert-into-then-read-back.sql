-- source: Flink docs (INSERT INTO a filesystem table; then a bounded read of its directory); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE sink (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/sink', 'format' = 'json');
INSERT INTO sink SELECT a * 2, b FROM t WHERE a > 1;
SELECT * FROM sink;
