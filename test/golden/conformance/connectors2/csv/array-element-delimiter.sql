-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); by hand
-- order: strict
CREATE TABLE t (id INT, tags ARRAY<STRING>, nums ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.array-element-delimiter' = '|');
SELECT id, tags, nums, CARDINALITY(tags) AS n FROM t;
