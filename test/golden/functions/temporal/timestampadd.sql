-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPADD(DAY, 3, ts) AS a, TIMESTAMPADD(HOUR, -14, ts) AS b, TIMESTAMPADD(MONTH, 1, d) AS c FROM t;
