-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT LPAD(s, 4, '??') AS a, LPAD(s, 1, '??') AS b, RPAD(s, 4, '??') AS c, RPAD(s, 1, '??') AS d FROM t;
