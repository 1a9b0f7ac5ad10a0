-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  a ARRAY<INT>,
  m MAP<STRING, INT>,
  r ROW<x INT, y STRING>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, m, r FROM t;
