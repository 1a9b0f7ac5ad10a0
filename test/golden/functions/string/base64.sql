-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TO_BASE64(s) AS e, FROM_BASE64(TO_BASE64(s)) AS d FROM t;
