-- source: Flink DateTimeUtils.timestampToTimestampWithLocalZone (CAST(TIMESTAMP AS TIMESTAMP_LTZ) is LocalDateTime.atZone(session zone).toInstant(): a wall time in the spring gap moves on by the gap, 02:30 -> 03:30 PDT; in the fall overlap the earlier offset (PDT) wins, so one hour later is 01:30 PST); by hand
SET 'table.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(CAST(ts AS TIMESTAMP_LTZ(0)) AS STRING) AS s, CAST(CAST(ts AS TIMESTAMP_LTZ(0)) + INTERVAL '1' HOUR AS STRING) AS plus1h FROM t;
