-- source: Flink ScalarOperatorGens.generateTemporalPlusMinus (DATE +/- a DAY TO SECOND interval adds interval / MILLIS_PER_DAY whole days: 36 hours is 1 day, -1 hour is 0); by hand
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d + INTERVAL '36' HOUR AS a, d + INTERVAL '23:59' HOUR TO MINUTE AS b, d - INTERVAL '25' HOUR AS c, d + INTERVAL '2 12:00:00' DAY TO SECOND AS e FROM t;
