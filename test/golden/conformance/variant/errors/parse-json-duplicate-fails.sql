-- source: Flink docs PARSE_JSON ("By default, PARSE_JSON raises an error when there are duplicate keys") and ParseJsonFunction (TableRuntimeException "Failed to parse json string: <input>")
-- fail: Failed to parse
CREATE TABLE t (j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PARSE_JSON(j) FROM t;
