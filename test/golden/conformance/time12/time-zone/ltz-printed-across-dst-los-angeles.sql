-- source: Flink docs, dev/table/timezone.md (a TIMESTAMP_LTZ is printed in the session zone: 2021-03-14 09:00Z is 01:00 PST, 09:59:59Z 01:59:59 PST, 10:00Z 03:00 PDT; 2021-11-07 08:30Z and 09:30Z both print 01:30 (PDT, then PST)); CAST to TIMESTAMP and EXTRACT(HOUR) read the same wall clock; by hand
SET 'table.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING) AS s, CAST(TO_TIMESTAMP_LTZ(ms, 3) AS TIMESTAMP(0)) AS ts, EXTRACT(HOUR FROM TO_TIMESTAMP_LTZ(ms, 3)) AS h, DATE_FORMAT(TO_TIMESTAMP_LTZ(ms, 3), 'yyyy-MM-dd HH:mm') AS f FROM t;
