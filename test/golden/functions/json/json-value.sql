-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_VALUE(s, '$.a') AS a, JSON_VALUE(s, '$.b') AS b, JSON_VALUE(s, '$.missing') AS m, JSON_VALUE(s, '$.a' RETURNING INT) AS ai, JSON_VALUE(s, '$.missing' DEFAULT 'dflt' ON EMPTY) AS d FROM t;
