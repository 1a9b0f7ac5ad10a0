-- source: Flink docs (ALTER TABLE RESET: the option is removed, so a malformed line fails again); by hand
-- fail: alter-table-reset-option.input.jsonl
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ALTER TABLE t SET ('json.ignore-parse-errors' = 'true');
ALTER TABLE t RESET ('json.ignore-parse-errors');
SELECT a FROM t;
