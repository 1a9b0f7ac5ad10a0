-- source: Flink docs (ALTER VIEW ... RENAME TO); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v RENAME TO w;
SELECT a FROM w WHERE a = 1;
