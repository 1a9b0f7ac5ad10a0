-- source: Flink TemporalTypesTest.testTemporalShanghai (TIMESTAMPADD(HOUR, +8, TIMESTAMP '2017-11-29 10:58:58.998') 2017-11-29 18:58:58.998); the other units by hand: WEEK 7 days, QUARTER 3 months clamped, negative counts
CREATE TABLE t (
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPADD(HOUR, +8, ts) AS h, TIMESTAMPADD(SECOND, -59, ts) AS s, TIMESTAMPADD(MINUTE, 2, ts) AS mi, TIMESTAMPADD(WEEK, -1, ts) AS w, TIMESTAMPADD(QUARTER, 1, ts) AS q, TIMESTAMPADD(DAY, 33, ts) AS d FROM t;
