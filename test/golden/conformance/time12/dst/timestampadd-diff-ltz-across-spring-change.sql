-- source: Flink ScalarOperatorGens.generateTemporalPlusMinus (TIMESTAMPADD is Calcite's DATETIME_PLUS with n times one unit; a TIMESTAMP_LTZ plus a DAY TO SECOND interval adds millis, so one DAY after 2021-03-14 00:00 PST is 2021-03-15 01:00 PDT) and the LTZ minus LTZ of TIMESTAMPDIFF (millis apart, truncated: local midnight to midnight of 2021-03-14 is 23 hours, 0 days); America/Los_Angeles, by hand
SET 'table.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  a BIGINT,
  b BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPADD(DAY, 1, TO_TIMESTAMP_LTZ(a, 3)) AS d1, TIMESTAMPADD(HOUR, 3, TO_TIMESTAMP_LTZ(a, 3)) AS h3, TIMESTAMPDIFF(HOUR, TO_TIMESTAMP_LTZ(a, 3), TO_TIMESTAMP_LTZ(b, 3)) AS dh, TIMESTAMPDIFF(DAY, TO_TIMESTAMP_LTZ(a, 3), TO_TIMESTAMP_LTZ(b, 3)) AS dd FROM t;
