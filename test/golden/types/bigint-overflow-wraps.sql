-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  b BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b + 1 AS p, b * 2 AS m, b - 1 AS s FROM t;
