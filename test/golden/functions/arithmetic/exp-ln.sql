-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXP(d) AS e, LN(EXP(d)) AS l FROM t;
