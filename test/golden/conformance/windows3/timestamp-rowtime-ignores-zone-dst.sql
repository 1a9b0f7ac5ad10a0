-- source: Flink docs, Timezone page (a TIMESTAMP rowtime carries no zone: windows over it are the same in every session zone, no daylight-time shift; window_time stays a TIMESTAMP(3)); session zone America/Los_Angeles, rows at 2021-03-14 01:30, 02:30 (a wall time LA skips) and 03:30 as TIMESTAMP values, 1-hour windows; by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (
  k STRING,
  v INT,
  rowtime TIMESTAMP(3),
  WATERMARK FOR rowtime AS rowtime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, window_time, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '1' HOUR))
GROUP BY window_start, window_end, window_time;
