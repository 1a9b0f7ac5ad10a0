-- source: Flink docs (JSON format: json.encode.ignore-null-fields), RowDataToJsonConverters; by hand
-- order: strict
CREATE TABLE snk (a INT, b STRING, c ROW<x INT, y INT>) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'json.encode.ignore-null-fields' = 'true');
INSERT INTO snk SELECT 1, CAST(NULL AS STRING), ROW(CAST(NULL AS INT), 2);
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
