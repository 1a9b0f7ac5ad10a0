-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); BOOLEAN via Boolean.parseBoolean, BYTES as base64 (binaryValue), DECIMAL via new BigDecimal HALF_UP; by hand
-- order: strict
CREATE TABLE t (b BOOLEAN, bin BYTES, amount DECIMAL(6, 2), s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT b, bin, amount, s FROM t;
