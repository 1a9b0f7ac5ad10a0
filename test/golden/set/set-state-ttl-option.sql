-- source: Flink docs (SET 'key' = 'value' then queries keep running); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'table.exec.state.ttl' = '1 h';
SELECT a FROM t WHERE b = 'y';
