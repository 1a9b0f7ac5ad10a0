-- source: Flink docs PARSE_JSON ("If the JSON string is invalid, an error will be thrown") and ParseJsonFunction (TableRuntimeException "Failed to parse json string: <input>")
-- fail: Failed to parse
CREATE TABLE t (j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PARSE_JSON(j) FROM t;
