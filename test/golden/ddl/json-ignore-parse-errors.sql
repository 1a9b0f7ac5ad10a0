-- source: Flink docs (JSON format: json.ignore-parse-errors skips malformed lines); by hand
CREATE TABLE t (
  a INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.ignore-parse-errors' = 'true');
SELECT a FROM t;
