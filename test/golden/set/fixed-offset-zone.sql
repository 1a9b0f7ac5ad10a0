-- source: Flink docs (sql.local-time-zone accepts a fixed offset GMT+05:30); by hand
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'GMT+05:30';
SELECT CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING) AS s, FROM_UNIXTIME(ms / 1000) AS f FROM t;
