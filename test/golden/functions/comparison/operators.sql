-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT,
  b INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge FROM t;
