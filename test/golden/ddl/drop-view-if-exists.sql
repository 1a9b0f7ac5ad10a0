-- source: Flink docs (DROP VIEW IF EXISTS); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
DROP VIEW IF EXISTS nothing_here;
CREATE TEMPORARY VIEW v AS SELECT a FROM t;
DROP TEMPORARY VIEW v;
SHOW VIEWS;
