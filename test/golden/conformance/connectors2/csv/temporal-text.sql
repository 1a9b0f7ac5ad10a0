-- source: Flink CsvRowDataSerDeSchemaTest / CsvToRowDataConverters / CsvFileFormatFactory#buildCsvSchema (flink-formats/flink-csv); DATE via java.sql.Date.valueOf (yyyy-[m]m-[d]d), TIME via LocalTime.parse (HH:mm allowed), TIMESTAMP via java.sql.Timestamp.valueOf; by hand
-- order: strict
CREATE TABLE t (d DATE, tm TIME(0), ts TIMESTAMP(3), ts9 TIMESTAMP(9)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT d, tm, ts, ts9 FROM t;
