-- source: Flink DateTimeUtils.parseTimestampData(text, precision, zone) (CAST(string AS TIMESTAMP_LTZ) reads the wall clock in the session zone with the same formatter: blanks around the text fail, TRY_CAST NULL); Asia/Shanghai by hand
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRY_CAST(s AS TIMESTAMP_LTZ(3)) AS l, UNIX_TIMESTAMP(s) AS u FROM t;
