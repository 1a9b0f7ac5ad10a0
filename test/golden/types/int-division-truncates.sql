-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  i INT,
  j INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT i / j AS q, MOD(i, j) AS r FROM t;
