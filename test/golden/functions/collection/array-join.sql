-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  s ARRAY<STRING>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_JOIN(s, ',') AS j, ARRAY_JOIN(s, ',', 'NULL') AS jn FROM t;
