-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SUBSTRING(s FROM 2 FOR 3) AS a, SUBSTRING(s, 7) AS b, SUBSTR(s, 1, 5) AS c FROM t;
