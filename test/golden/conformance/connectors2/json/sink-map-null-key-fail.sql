-- source: Flink JsonRowDataSerDeSchemaTest#testSerializationMapNullKey (json.map-null-key.mode FAIL / DROP / LITERAL with json.map-null-key.literal); read back line by line; by hand
-- fail: JSON format doesn't support to serialize map data with null keys
CREATE TABLE snk (m MAP<STRING, INT>) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO snk SELECT MAP[CAST(NULL AS STRING), 2];
