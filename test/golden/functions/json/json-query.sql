-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_QUERY(s, '$.a') AS a, JSON_QUERY(s, '$.c') AS c, JSON_QUERY(s, '$.a.b' WITH WRAPPER) AS w FROM t;
