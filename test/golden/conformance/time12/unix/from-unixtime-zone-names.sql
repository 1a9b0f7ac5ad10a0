-- source: Flink DateTimeUtils.formatUnixTimestamp (FROM_UNIXTIME formats with a SimpleDateFormat in the session zone; its 'z' is the zone's short display name, US locale: PDT before the 2021-11-07 change in America/Los_Angeles, PST after); by hand
SET 'table.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  sec BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FROM_UNIXTIME(sec, 'yyyy-MM-dd HH:mm:ss z') AS f FROM t;
