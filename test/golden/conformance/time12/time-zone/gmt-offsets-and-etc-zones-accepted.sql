-- source: Flink TableConfigValidation.validateTimeZone (valid only when java.util.TimeZone.getTimeZone(zone).toZoneId() equals ZoneId.of(zone)) and its message; timezone.md: 'Fixed offsets are supported using GMT-03:00 or GMT+03:00' (GMT+8 and GMT+08:00 are the same zone to both APIs; Etc/GMT-8 is a tz database id, eight hours east); values by hand
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'table.local-time-zone' = 'GMT+8';
SELECT CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING) AS s FROM t;
SET 'table.local-time-zone' = 'GMT-03:00';
SELECT CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING) AS s FROM t;
SET 'table.local-time-zone' = 'Etc/GMT-8';
SELECT CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING) AS s FROM t;
