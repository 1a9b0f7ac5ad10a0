-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  t1 TIMESTAMP(3),
  t2 TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPDIFF(HOUR, t1, t2) AS h, TIMESTAMPDIFF(DAY, t1, t2) AS dd, TIMESTAMPDIFF(MINUTE, t2, t1) AS neg FROM t;
