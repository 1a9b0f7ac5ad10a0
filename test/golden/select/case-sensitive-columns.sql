-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE t (
  a INT,
  A INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT A, a FROM t;
