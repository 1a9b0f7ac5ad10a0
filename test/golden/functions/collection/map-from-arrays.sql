-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(MAP_FROM_ARRAYS(ARRAY[s], ARRAY[1]) AS STRING) AS m FROM t;
