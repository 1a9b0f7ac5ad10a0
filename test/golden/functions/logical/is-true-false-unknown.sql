-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  x BOOLEAN
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT x IS TRUE AS t1, x IS NOT TRUE AS t2, x IS FALSE AS f1, x IS NOT FALSE AS f2, x IS UNKNOWN AS u1, x IS NOT UNKNOWN AS u2 FROM t;
