-- source: Flink docs (ALTER TABLE SET options: json.ignore-parse-errors); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ALTER TABLE t SET ('json.ignore-parse-errors' = 'true');
SELECT a FROM t;
