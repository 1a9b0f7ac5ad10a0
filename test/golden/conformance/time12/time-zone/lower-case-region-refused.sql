-- source: Flink TableConfigValidation.validateTimeZone (valid only when java.util.TimeZone.getTimeZone(zone).toZoneId() equals ZoneId.of(zone)) and its message; timezone.md: 'Fixed offsets are supported using GMT-03:00 or GMT+03:00' (both Java APIs are case-sensitive)
-- fail: Invalid time zone
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'table.local-time-zone' = 'asia/shanghai';
SELECT CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING) AS s FROM t;
