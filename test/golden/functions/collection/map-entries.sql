-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  m MAP<STRING, INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(MAP_ENTRIES(m) AS STRING) AS e FROM t;
