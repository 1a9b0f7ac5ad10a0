-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CHAR_LENGTH(s) AS a, CHARACTER_LENGTH(s) AS b FROM t;
