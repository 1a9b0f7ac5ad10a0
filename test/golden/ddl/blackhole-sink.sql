-- source: Flink docs (BlackHole connector: INSERT succeeds, nothing is printed); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE sink (a INT) WITH ('connector' = 'blackhole');
INSERT INTO sink SELECT a FROM t;
SELECT COUNT(*) AS n FROM (SELECT a FROM t WHERE a > 1);
