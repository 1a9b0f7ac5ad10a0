-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ELT(2, 'a', s, 'c') AS e, ELT(4, 'a', s, 'c') AS n FROM t;
