-- source: Flink ScalarOperatorGens.generateTemporalPlusMinus (TIMESTAMP_LTZ + INTERVAL YEAR TO MONTH is ADD_MONTHS on the epoch millis, as for TIMESTAMP, so the UTC wall clock keeps its hour: 2021-03-14 00:00 PST (08:00Z) plus one month is 2021-04-14 08:00Z = 01:00 PDT, one year back 2020-03-14 08:00Z, also 01:00 PDT; + a DAY TO SECOND interval adds millis: one day later is 2021-03-15 01:00 PDT); America/Los_Angeles, by hand
SET 'table.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TO_TIMESTAMP_LTZ(ms, 3) + INTERVAL '1' MONTH AS m, TO_TIMESTAMP_LTZ(ms, 3) + INTERVAL '1' DAY AS d, TO_TIMESTAMP_LTZ(ms, 3) - INTERVAL '1' YEAR AS y FROM t;
