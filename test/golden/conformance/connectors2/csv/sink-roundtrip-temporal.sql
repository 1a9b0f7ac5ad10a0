-- source: Flink RowDataToCsvConverters / CsvBulkWriter (numberNode: Double.toString, BigDecimal with trailing zeros stripped and written by toString unless csv.write-bigdecimal-in-scientific-notation = false; nested ROW/ARRAY joined by the array element delimiter; NULL as the null literal); DATE ISO_LOCAL_DATE, TIME ISO_LOCAL_TIME, TIMESTAMP date + space + ISO_LOCAL_TIME; Jackson CsvEncoder quotes a text value with a character below max(separator, quote) + 1 (with ; every digit); read back through the same table; by hand
-- order: strict
CREATE TABLE snk (d DATE, tm TIME(0), ts TIMESTAMP(3), s STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = ';');
INSERT INTO snk VALUES (DATE '2020-02-29', TIME '23:59:01', TIMESTAMP '2020-02-29 23:59:01.250', 'x;y');
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
SELECT d, tm, ts, s FROM snk;
