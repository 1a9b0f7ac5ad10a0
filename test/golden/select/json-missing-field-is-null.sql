-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b FROM t;
