-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT RADIANS(d) AS r, DEGREES(PI()) AS g, PI() AS p, E() AS e FROM t;
