-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  m MAP<STRING, INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT m['b'] AS b, m['z'] AS z, CARDINALITY(m) AS n FROM t;
