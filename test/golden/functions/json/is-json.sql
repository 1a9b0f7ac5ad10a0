-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s IS JSON AS j, s IS JSON OBJECT AS o, s IS JSON ARRAY AS a, s IS JSON SCALAR AS sc FROM t;
