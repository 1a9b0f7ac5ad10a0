-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  x TINYINT,
  y SMALLINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT x + x AS xx, y + y AS yy FROM t;
