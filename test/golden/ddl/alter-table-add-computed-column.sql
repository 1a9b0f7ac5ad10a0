-- source: Flink docs (ALTER TABLE ADD); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ALTER TABLE t ADD c AS CONCAT(b, '!');
SELECT c FROM t WHERE a = 1;
