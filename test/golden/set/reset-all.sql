-- source: Flink docs (RESET without a key restores every default); by hand
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'Asia/Tokyo';
RESET;
SELECT TO_TIMESTAMP_LTZ(ms, 3) AS ts FROM t;
