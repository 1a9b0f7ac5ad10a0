-- source: Flink RowDataToCsvConverters / CsvBulkWriter (numberNode: Double.toString, BigDecimal with trailing zeros stripped and written by toString unless csv.write-bigdecimal-in-scientific-notation = false; nested ROW/ARRAY joined by the array element delimiter; NULL as the null literal); Jackson CsvEncoder quotes a text value (DECIMAL text, dates, strings) with a character below max(separator, quote) + 1; read back line by line; by hand
-- order: strict
CREATE TABLE snk (d DOUBLE, f FLOAT, amount DECIMAL(10, 2), big DECIMAL(10, 0), arr ARRAY<INT>, r ROW<x INT, y STRING>, s STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv');
INSERT INTO snk SELECT CAST(1 AS DOUBLE), CAST(0.1 AS FLOAT), CAST(1.50 AS DECIMAL(10, 2)), CAST(100000 AS DECIMAL(10, 0)), ARRAY[1, 2], ROW(3, 'z'), 'a,b', CAST(NULL AS INT);
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
