-- source: Flink JsonFormatOptionsUtil (map-null-key.mode compared after toUpperCase: 'drop' is DROP); read back line by line; by hand
-- order: strict
CREATE TABLE snk (m MAP<STRING, INT>) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'json.map-null-key.mode' = 'drop');
INSERT INTO snk SELECT MAP[CAST(NULL AS STRING), 1];
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
