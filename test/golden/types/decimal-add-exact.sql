-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  a DECIMAL(10, 2),
  b DECIMAL(10, 2)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a + b AS s FROM t;
