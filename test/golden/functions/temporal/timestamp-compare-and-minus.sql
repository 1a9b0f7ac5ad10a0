-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts > CAST(d AS TIMESTAMP(3)) AS gt, CAST(ts AS DATE) = d AS same_day FROM t;
