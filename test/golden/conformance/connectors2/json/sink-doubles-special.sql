-- source: Flink JsonRowDataSerDeSchemaTest#testSerializationDecimalEncode / testSerDe / RowDataToJsonConverters (Jackson: Double.toString, numberNode(BigDecimal) strips trailing zeros, base64 bytes, NaN quoted); read back line by line; by hand
-- order: strict
CREATE TABLE snk (a DOUBLE, b DOUBLE, c DOUBLE, e FLOAT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO snk VALUES (CAST(10000000 AS DOUBLE), CAST(-0.0E0 AS DOUBLE), CAST('NaN' AS DOUBLE), CAST(0.001 AS FLOAT));
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
