-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(SPLIT(s, ',') AS STRING) AS p, CARDINALITY(SPLIT(s, ',')) AS n FROM t;
