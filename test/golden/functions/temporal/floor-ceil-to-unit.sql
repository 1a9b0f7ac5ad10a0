-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FLOOR(ts TO HOUR) AS fh, CEIL(ts TO DAY) AS cd, FLOOR(d TO MONTH) AS fm, FLOOR(ts TO MINUTE) AS fmin FROM t;
