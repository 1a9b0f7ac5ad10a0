-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: malformed-json-line-names-file-and-line.input.jsonl
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM t;
