-- source: Flink DebeziumJsonFormatFactory#validateEncodingFormatOptions
-- fail: Debezium JSON serialization doesn't support 'debezium-json.schema-include' option been set to true
CREATE TABLE snk (name STRING, cnt BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/snk', 'format' = 'debezium-json', 'debezium-json.schema-include' = 'true');
INSERT INTO snk VALUES ('a', 1);
