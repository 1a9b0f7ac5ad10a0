-- source: Flink JsonRowDataSerDeSchemaTest#testSerializationMapNullKey (json.map-null-key.mode FAIL / DROP / LITERAL with json.map-null-key.literal); read back line by line; by hand
-- order: strict
CREATE TABLE snk (m MAP<STRING, INT>, n MAP<STRING, MAP<STRING, INT>>) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'json.map-null-key.mode' = 'DROP');
INSERT INTO snk SELECT MAP[CAST(NULL AS STRING), 2], MAP['no-null key', MAP[CAST(NULL AS STRING), 1]];
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
