-- source: Flink docs, Debezium format (UPDATE_BEFORE / UPDATE_AFTER are written as DELETE and INSERT messages) and DebeziumJsonSerializationSchema (before, after, op "c" / "d"); the COUNT changelog by GroupAggFunction's rules, by hand
-- order: strict
CREATE TABLE src (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
CREATE TABLE snk (name STRING, cnt BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/snk', 'format' = 'debezium-json');
INSERT INTO snk SELECT name, COUNT(*) FROM src GROUP BY name;
CREATE TABLE envelopes (before ROW<name STRING, cnt BIGINT>, after ROW<name STRING, cnt BIGINT>, op STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/snk', 'format' = 'json');
SELECT * FROM envelopes;
SELECT * FROM snk;
