-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); by hand
-- order: strict
CREATE TABLE t (id INT, nums ARRAY<BIGINT>, ds ARRAY<DECIMAL(5, 1)>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT id, nums, ds FROM t;
