-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_EXTRACT(s, 'foo(.*?)(bar)', 2) AS a, REGEXP_EXTRACT(s, 'foo(.*?)(bar)', 1) AS b, REGEXP_EXTRACT(s, 'x(y)', 1) AS c FROM t;
