-- source: Flink DateTimeUtils.addMonths (a day past the target month's end becomes its last day: DATE/TIMESTAMP + INTERVAL n MONTH and TIMESTAMPADD(MONTH/QUARTER/YEAR) all go through it); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d + INTERVAL '1' MONTH AS a, d - INTERVAL '1' MONTH AS b, d + INTERVAL '1' YEAR AS c, ts + INTERVAL '1-1' YEAR TO MONTH AS e, TIMESTAMPADD(MONTH, 1, d) AS f, TIMESTAMPADD(QUARTER, -1, d) AS g, TIMESTAMPADD(YEAR, 1, ts) AS h FROM t;
