-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_OBJECT('outer' VALUE JSON_OBJECT('inner' VALUE i), 'arr' VALUE JSON_ARRAY(s)) AS j FROM t;
