-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(SHA224(s) AS STRING) AS a, CAST(SHA256(s) AS STRING) AS b, CAST(SHA384(s) AS STRING) AS c, CAST(SHA512(s) AS STRING) AS d FROM t;
