-- source: Flink JsonFormatOptionsUtil#validateDecodingFormatOptions / JsonFormatFactoryTest ("fail-on-missing-field and ignore-parse-errors shouldn't both be true."); by hand
-- fail: fail-on-missing-field and ignore-parse-errors shouldn't both be true
CREATE TABLE t (name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.fail-on-missing-field' = 'true', 'json.ignore-parse-errors' = 'true');
SELECT name FROM t;
