-- source: Flink ScalarOperatorGens.generateTemporalPlusMinus (TIME +/- a DAY TO SECOND interval is ((t + MILLIS_PER_DAY) +/- (i % MILLIS_PER_DAY)) % MILLIS_PER_DAY, so whole days vanish; TIME +/- INTERVAL YEAR TO MONTH is the time itself); TIMESTAMPADD goes the same way; by hand
CREATE TABLE t (
  tm TIME(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT tm + INTERVAL '1' DAY AS a, tm + INTERVAL '1 01:00:00' DAY TO SECOND AS b, tm - INTERVAL '25' HOUR AS c, tm + INTERVAL '1' MONTH AS d, TIMESTAMPADD(HOUR, 15, tm) AS e, TIMESTAMPADD(YEAR, 3, tm) AS f FROM t;
