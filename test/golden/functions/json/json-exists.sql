-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_EXISTS(s, '$.a') IS TRUE AS a, JSON_EXISTS(s, '$.c') IS TRUE AS c, JSON_EXISTS(s, '$.b[1]') IS TRUE AS b1 FROM t;
