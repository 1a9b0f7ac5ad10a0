-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  x BOOLEAN,
  y BOOLEAN
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT x AND y AS a, x OR y AS o, NOT x AS n FROM t;
