-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DATE_FORMAT(ts, 'yyyy/MM/dd HH:mm') AS a, DATE_FORMAT(ts, 'yyyy-MM-dd HH:mm:ss.SSS') AS b FROM t;
