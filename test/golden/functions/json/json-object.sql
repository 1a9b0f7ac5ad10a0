-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_OBJECT('k' VALUE s, 'n' VALUE i) AS a, JSON_OBJECT(KEY 'n' VALUE i ABSENT ON NULL) AS b FROM t;
