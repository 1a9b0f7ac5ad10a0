-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(STR_TO_MAP(s) AS STRING) AS m, STR_TO_MAP('a:1;b:2', ';', ':')['b'] AS b FROM t;
