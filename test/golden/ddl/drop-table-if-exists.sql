-- source: Flink docs (DROP TABLE IF EXISTS on a missing table succeeds); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
DROP TABLE IF EXISTS missing_table;
DROP TABLE t;
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM t WHERE a = 3;
