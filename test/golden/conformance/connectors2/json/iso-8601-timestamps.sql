-- source: Flink JsonRowDataSerDeSchemaTest#testSerDe (ISO-8601 standard: 1990-10-14T12:12:43.123, ...123456789Z); by hand
-- order: strict
CREATE TABLE t (ts3 TIMESTAMP(3), ts9 TIMESTAMP(9), ltz9 TIMESTAMP_LTZ(9), d DATE, tm TIME(0)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');
SELECT ts3, ts9, ltz9, d, tm FROM t;
