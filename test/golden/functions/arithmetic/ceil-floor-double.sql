-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CEIL(d) AS c, FLOOR(d) AS f, CEILING(d) AS c2 FROM t;
