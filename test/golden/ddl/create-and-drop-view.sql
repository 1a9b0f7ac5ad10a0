-- source: Flink docs (CREATE VIEW / DROP VIEW); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT a, b FROM t WHERE a >= 2;
CREATE VIEW v2 AS SELECT a FROM v;
SELECT * FROM v2;
DROP VIEW v2;
SHOW VIEWS;
