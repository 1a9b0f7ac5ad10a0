-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); csv.field-delimiter '\t' unescaped by StringEscapeUtils.unescapeJava; by hand
-- order: strict
CREATE TABLE t (a INT, b STRING, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.field-delimiter' = '\t');
SELECT a, b, c FROM t;
