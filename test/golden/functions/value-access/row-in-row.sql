-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand
CREATE TABLE t (
  r ROW<a ROW<b INT>>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT t.r.a.b AS b FROM t;
