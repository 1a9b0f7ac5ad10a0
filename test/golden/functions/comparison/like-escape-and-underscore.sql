-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s LIKE '10!%' ESCAPE '!' AS pct, s LIKE 'a_c' AS us, s NOT LIKE '1%' AS nl FROM t;
