-- source: Flink DateTimeUtils.unixTimestamp / formatTimestampMillis (SimpleDateFormat in the session zone: a wall time in the spring gap 2021-03-14 02:30 is read with the offset before the change, 10:30Z; the repeated 01:30 of 2021-11-07 with the offset after it, 09:30Z, as java.util.Calendar; FROM_UNIXTIME prints either side of each change); TemporalTypesTest.testDaylightSavingTimeZone does the same in MET; by hand
SET 'table.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  s STRING,
  sec BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UNIX_TIMESTAMP(s) AS u, FROM_UNIXTIME(sec) AS f FROM t;
