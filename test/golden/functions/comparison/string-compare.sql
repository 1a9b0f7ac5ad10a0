-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a STRING,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a < b AS lt FROM t;
