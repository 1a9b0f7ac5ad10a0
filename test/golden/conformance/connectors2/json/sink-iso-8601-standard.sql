-- source: Flink JsonRowDataSerDeSchemaTest#testSerDe (ISO-8601 timestamps written with T, LTZ with Z); by hand
-- order: strict
CREATE TABLE snk (ts TIMESTAMP(9), ltz TIMESTAMP_LTZ(3)) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');
INSERT INTO snk SELECT TIMESTAMP '1990-10-14 12:12:43.123456789', TO_TIMESTAMP_LTZ(655906363000, 3);
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
