-- source: Flink docs (JSON format option 'json.timestamp-format.standard' = 'ISO-8601'); by hand
CREATE TABLE t (
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');
SELECT ts FROM t;
