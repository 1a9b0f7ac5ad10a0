-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DATE '2020-01-01' AS d, TIME '23:59:59' AS tm, TIMESTAMP '2020-01-01 10:11:12' AS ts0, TIMESTAMP '2020-01-01 10:11:12.345' AS ts3 FROM t;
