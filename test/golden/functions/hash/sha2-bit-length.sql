-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(SHA2(s, 256) AS STRING) AS a, CAST(SHA2(s, 512) AS STRING) AS b FROM t;
