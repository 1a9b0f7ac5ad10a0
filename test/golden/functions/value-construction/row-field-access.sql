-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT r.x AS x, r.y AS y FROM (SELECT CAST(ROW(i, s) AS ROW<x INT, y STRING>) AS r FROM t);
