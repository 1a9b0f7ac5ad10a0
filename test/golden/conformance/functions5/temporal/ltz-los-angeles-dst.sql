-- source: Flink docs (Time Zone: TIMESTAMP_LTZ is an instant shown in the session time zone; TO_TIMESTAMP_LTZ, CAST between TIMESTAMP and TIMESTAMP_LTZ use 'sql.local-time-zone'), DateTimeUtils (a TIMESTAMP in a DST gap moves forward by the gap as java.time's atZone; timestampFloor / timestampCeil add the zone offset of the instant, round in UTC and subtract that same offset, so FLOOR(2024-03-10 03:00 PDT TO DAY) is 2024-03-09 23:00 PST); America/Los_Angeles DST 2024-03-10 and 2024-11-03, by hand
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING) AS str,
  CAST(TO_TIMESTAMP_LTZ(ms, 3) AS TIMESTAMP(3)) AS ts,
  CAST(TO_TIMESTAMP_LTZ(ms, 3) AS DATE) AS d,
  CAST(TO_TIMESTAMP_LTZ(ms, 3) AS TIME) AS tm,
  DATE_FORMAT(TO_TIMESTAMP_LTZ(ms, 3), 'yyyy-MM-dd HH:mm:ss') AS fmt,
  EXTRACT(HOUR FROM TO_TIMESTAMP_LTZ(ms, 3)) AS h,
  FLOOR(TO_TIMESTAMP_LTZ(ms, 3) TO DAY) AS fl,
  CEIL(TO_TIMESTAMP_LTZ(ms, 3) TO HOUR) AS ce,
  CAST(CAST(s AS TIMESTAMP(3)) AS TIMESTAMP_LTZ(3)) AS back,
  TO_TIMESTAMP_LTZ(ms, 3) AS ltz
FROM t;
