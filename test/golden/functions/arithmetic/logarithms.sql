-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT LOG10(d) AS a, LN(1.0 * 1) AS b, LOG2(8.0 * 1) AS c, LOG(10, d) AS e FROM t;
