-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  r ROW<x INT, inner_row ROW<y STRING>>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT t.r.x AS x, t.r.inner_row.y AS y FROM t;
