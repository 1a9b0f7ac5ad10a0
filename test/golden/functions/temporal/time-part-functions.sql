-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT HOUR(ts) AS h, MINUTE(ts) AS mi, SECOND(ts) AS s FROM t;
