-- source: Flink docs (Timezone); America/New_York offsets -05:00 / -04:00 by hand
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'America/New_York';
SELECT TO_TIMESTAMP_LTZ(ms, 3) AS ltz FROM t;
