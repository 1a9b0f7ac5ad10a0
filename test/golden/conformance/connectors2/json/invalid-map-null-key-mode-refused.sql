-- source: Flink JsonFormatOptionsUtil#validateEncodingFormatOptions / JsonFormatFactoryTest#testInvalidOptionForMapNullKeyMode ("Unsupported value 'invalid' for option map-null-key.mode. Supported values are [...]"); by hand
-- fail: Unsupported value 'invalid' for option map-null-key.mode
CREATE TABLE snk (m MAP<STRING, INT>) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'json.map-null-key.mode' = 'invalid');
INSERT INTO snk SELECT MAP['a', 1];
