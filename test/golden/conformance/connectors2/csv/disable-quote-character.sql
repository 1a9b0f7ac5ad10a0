-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); by hand
-- order: strict
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.disable-quote-character' = 'true');
SELECT a, b FROM t;
