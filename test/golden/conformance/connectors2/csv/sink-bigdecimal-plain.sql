-- source: Flink RowDataToCsvConverters / CsvBulkWriter (numberNode: Double.toString, BigDecimal with trailing zeros stripped and written by toString unless csv.write-bigdecimal-in-scientific-notation = false; nested ROW/ARRAY joined by the array element delimiter; NULL as the null literal); read back line by line; by hand
-- order: strict
CREATE TABLE snk (amount DECIMAL(10, 2), big DECIMAL(10, 0), z DECIMAL(4, 2)) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.write-bigdecimal-in-scientific-notation' = 'false');
INSERT INTO snk SELECT CAST(1.50 AS DECIMAL(10, 2)), CAST(100000 AS DECIMAL(10, 0)), CAST(0 AS DECIMAL(4, 2));
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
