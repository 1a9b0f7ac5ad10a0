-- source: Flink docs, Debezium format ('debezium-json.timestamp-format.standard' = 'ISO-8601' parses "yyyy-MM-ddTHH:mm:ss.s{precision}")
-- order: strict
CREATE TABLE t (id INT, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json', 'debezium-json.timestamp-format.standard' = 'ISO-8601');
SELECT * FROM t;
