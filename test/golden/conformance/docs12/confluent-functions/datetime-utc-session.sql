-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/datetime-functions.html (Confluent Cloud for Apache Flink, Datetime Functions: the examples' stated results that do not depend on the session time zone) for the session time zone UTC, Confluent Cloud's default (UNIX_TIMESTAMP('2023-05-04 12:00:00') returns 1683201600; TO_TIMESTAMP_LTZ(1000, 0) is 1970-01-01 00:16:40.000 and TO_TIMESTAMP_LTZ(1000, 3) 1970-01-01 00:00:01.000)
SET 'sql.local-time-zone' = 'UTC';
SELECT
  COALESCE(CAST(UNIX_TIMESTAMP('2023-05-04 12:00:00') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(TO_TIMESTAMP_LTZ(1000, 0) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(TO_TIMESTAMP_LTZ(1000, 3) AS STRING), 'NULL') AS c3;
