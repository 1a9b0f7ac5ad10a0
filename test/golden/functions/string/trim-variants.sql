-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRIM(s) AS a, LTRIM(s) AS b, RTRIM(s) AS c, TRIM(BOTH ' ' FROM s) AS d FROM t;
