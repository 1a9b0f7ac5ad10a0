-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT IS_ALPHA(s) IS TRUE AS a, IS_DIGIT(s) IS TRUE AS d, IS_DECIMAL(s) IS TRUE AS n FROM t;
