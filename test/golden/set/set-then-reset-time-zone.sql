-- source: Flink docs (SET / RESET of sql.local-time-zone); by hand
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'Asia/Tokyo';
SELECT TO_TIMESTAMP_LTZ(ms, 3) AS ts FROM t;
RESET 'sql.local-time-zone';
SELECT TO_TIMESTAMP_LTZ(ms, 3) AS ts FROM t;
