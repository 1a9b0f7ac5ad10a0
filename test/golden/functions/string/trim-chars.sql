-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRIM(LEADING 'x' FROM s) AS l, TRIM(TRAILING 'x' FROM s) AS r FROM t;
