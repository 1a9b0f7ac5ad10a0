-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_ARRAY(i, s) AS a, JSON_ARRAY(i NULL ON NULL) AS b, JSON_ARRAY() AS e FROM t;
