-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT LEFT(s, 2) AS l, RIGHT(s, 2) AS r, LEFT(s, -1) AS e FROM t;
