-- source: Flink DateTimeUtils.internalParseTimestampMillis (a text SimpleDateFormat cannot parse gives Long.MIN_VALUE, -9223372036854775808, not NULL; a NULL text NULL); by hand
SET 'table.local-time-zone' = 'UTC';
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UNIX_TIMESTAMP(s) AS a, UNIX_TIMESTAMP(s, 'yyyy-MM-dd') AS b FROM t;
