-- source: Flink docs (CSV format: csv.ignore-parse-errors skips malformed lines); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.ignore-parse-errors' = 'true');
SELECT a, b FROM t;
