-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(MD5(s) AS STRING) AS m, CAST(SHA1(s) AS STRING) AS s1 FROM t;
