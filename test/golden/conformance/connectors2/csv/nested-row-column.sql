-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); a ROW column is one CSV column split on csv.array-element-delimiter (CsvRowSchemaConverter maps ROW to ARRAY); by hand
-- order: strict
CREATE TABLE t (id INT, r ROW<name STRING, age INT, ok BOOLEAN>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT id, r, r.name AS name, r.age + 1 AS next_age FROM t;
