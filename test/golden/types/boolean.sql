-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  b BOOLEAN
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, NOT b AS n FROM t;
