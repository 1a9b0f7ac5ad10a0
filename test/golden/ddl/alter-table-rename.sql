-- source: Flink docs (ALTER TABLE RENAME TO); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ALTER TABLE t RENAME TO t_new;
SELECT a FROM t_new WHERE b = 'y';
