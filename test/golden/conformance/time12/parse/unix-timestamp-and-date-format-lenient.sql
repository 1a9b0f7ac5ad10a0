-- source: Flink DateTimeUtils.unixTimestamp / formatTimestampString (SimpleDateFormat 'yyyy-MM-dd HH:mm:ss', lenient: '2024-02-30 00:00:00' is 2024-03-01, hour 25 the next day's 01:00, text after the pattern ignored); UTC, by hand
SET 'table.local-time-zone' = 'UTC';
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, UNIX_TIMESTAMP(s) AS u, DATE_FORMAT(s, 'yyyy-MM-dd HH:mm') AS f FROM t;
