-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  a DECIMAL(10, 4)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM t;
