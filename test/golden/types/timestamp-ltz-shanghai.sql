-- source: Flink docs (Timezone: TIMESTAMP_LTZ follows table.local-time-zone); by hand
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'Asia/Shanghai';
SELECT TO_TIMESTAMP_LTZ(ms, 3) AS ltz, CAST(TO_TIMESTAMP_LTZ(ms, 3) AS TIMESTAMP(3)) AS local_ts FROM t;
