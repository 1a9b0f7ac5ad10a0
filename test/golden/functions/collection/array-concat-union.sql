-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  a ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(ARRAY_CONCAT(a, ARRAY[9]) AS STRING) AS c, CAST(ARRAY_UNION(a, ARRAY[2, 5]) AS STRING) AS u FROM t;
