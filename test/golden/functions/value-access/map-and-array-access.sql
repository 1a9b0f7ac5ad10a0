-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  m MAP<STRING, ARRAY<INT>>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT m['k'][2] AS v FROM t;
