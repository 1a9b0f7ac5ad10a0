-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  m MAP<STRING, INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(MAP_KEYS(m) AS STRING) AS k, CAST(MAP_VALUES(m) AS STRING) AS v FROM t;
