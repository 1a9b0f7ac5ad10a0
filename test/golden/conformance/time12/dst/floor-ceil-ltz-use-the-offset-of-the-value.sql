-- source: Flink DateTimeUtils.timestampFloor / timestampCeil (the wall clock is ts + tz.getOffset(ts), rounded, then the same offset is taken off again: on a DST day the result is not the local midnight; America/Los_Angeles: FLOOR(2021-03-14 03:00 PDT TO DAY) is 2021-03-14 07:00Z = 2021-03-13 23:00 PST, FLOOR(2021-11-07 01:30 PST TO DAY) 08:00Z = 01:00 PDT, CEIL(2021-11-07 01:30 PDT TO DAY) 2021-11-08 07:00Z = 2021-11-07 23:00 PST, CEIL(2021-03-14 03:00 PDT TO DAY) 2021-03-15 00:00 PDT); by hand
SET 'table.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FLOOR(TO_TIMESTAMP_LTZ(ms, 3) TO DAY) AS fd, CEIL(TO_TIMESTAMP_LTZ(ms, 3) TO DAY) AS cd, FLOOR(TO_TIMESTAMP_LTZ(ms, 3) TO HOUR) AS fh FROM t;
