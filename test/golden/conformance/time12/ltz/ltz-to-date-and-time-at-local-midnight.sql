-- source: Flink DateTimeUtils.timestampWithLocalZoneToDate / timestampWithLocalZoneToTime (LocalDateTime.ofInstant in the session zone): in Asia/Shanghai 2018-03-13 16:00:00Z is 2018-03-14 00:00:00, one second earlier 2018-03-13 23:59:59; 1969-12-31 16:00:00Z is 1970-01-01 00:00:00; by hand
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(TO_TIMESTAMP_LTZ(ms, 3) AS DATE) AS d, CAST(TO_TIMESTAMP_LTZ(ms, 3) AS TIME) AS tm, CAST(TO_TIMESTAMP_LTZ(ms, 3) AS TIMESTAMP(0)) AS ts FROM t;
