-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UNIX_TIMESTAMP(s) AS a, UNIX_TIMESTAMP(REPLACE(SUBSTRING(s, 1, 10), '-', '/'), 'yyyy/MM/dd') AS b FROM t;
