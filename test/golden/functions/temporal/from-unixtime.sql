-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  n BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FROM_UNIXTIME(n) AS a, FROM_UNIXTIME(n, 'yyyy-MM-dd') AS b FROM t;
