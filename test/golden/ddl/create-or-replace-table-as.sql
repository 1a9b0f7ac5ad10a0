-- source: Flink docs, CREATE OR REPLACE TABLE … AS SELECT (RTAS: an existing table is replaced by the query's schema and rows); by hand
-- order: strict
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE s (x DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/old', 'format' = 'json');
CREATE OR REPLACE TABLE s WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s', 'format' = 'json') AS SELECT b, a + 1 AS a1 FROM t;
CREATE OR REPLACE TABLE s2 WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s2', 'format' = 'json') AS SELECT a FROM t WHERE a > 1;
SELECT * FROM s;
SELECT * FROM s2;
