-- source: Flink docs (ALTER VIEW ... AS); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v AS SELECT b FROM t WHERE a = 2;
SELECT * FROM v;
