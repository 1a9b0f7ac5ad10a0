-- source: Flink CanalJsonSerializationSchema (data as a one-row array, type INSERT for +I / +U, DELETE for -U / -D); the COUNT changelog by GroupAggFunction's rules, by hand
-- order: strict
CREATE TABLE src (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
CREATE TABLE snk (name STRING, cnt BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/snk', 'format' = 'canal-json');
INSERT INTO snk SELECT name, COUNT(*) FROM src GROUP BY name;
CREATE TABLE envelopes (data ARRAY<ROW<name STRING, cnt BIGINT>>, type STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/snk', 'format' = 'json');
SELECT * FROM envelopes;
SELECT * FROM snk;
