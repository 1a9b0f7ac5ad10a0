-- source: Flink CsvFormatFactoryTest#testSerializationWithWriteBigDecimalInScientificNotation / testSerializationWithNotWriteBigDecimalInScientificNotation ("abc;'1E+5';false" and "abc;'100000';false" with csv.field-delimiter ';', csv.quote-character "'"); read back line by line; by hand
-- order: strict
CREATE TABLE snk (a STRING, b DECIMAL(10, 3), c BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = ';', 'csv.quote-character' = '''', 'csv.escape-character' = '\', 'csv.null-literal' = 'n/a');
INSERT INTO snk VALUES ('abc', CAST(100000 AS DECIMAL(10, 3)), FALSE), (CAST(NULL AS STRING), CAST(NULL AS DECIMAL(10, 3)), TRUE);
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
SELECT a, b, c FROM snk;
