-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); csv.null-literal: the text read as NULL; an empty field stays the empty string; by hand
-- order: strict
CREATE TABLE t (a INT, b STRING, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.null-literal' = 'n/a');
SELECT a, b, c, c IS NULL AS c_null FROM t;
