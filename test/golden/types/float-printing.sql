-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f FROM t;
