-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE t (
  a INT,
  b STRING,
  c DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT b, a + 1 AS a1, c FROM t;
