-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s SIMILAR TO 'a(b|x)c' AS m, s SIMILAR TO '%c' AS e FROM t;
