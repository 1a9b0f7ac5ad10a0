-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  a ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(ARRAY_EXCEPT(a, ARRAY[1]) AS STRING) AS e, CAST(ARRAY_INTERSECT(a, ARRAY[1, 2, 7]) AS STRING) AS i FROM t;
