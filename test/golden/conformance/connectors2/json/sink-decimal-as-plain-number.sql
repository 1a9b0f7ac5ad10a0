-- source: Flink JsonRowDataSerDeSchemaTest#testSerializationDecimalEncode (json.encode.decimal-as-plain-number) / testSerDe / RowDataToJsonConverters (Jackson: Double.toString, numberNode(BigDecimal) strips trailing zeros, base64 bytes, NaN quoted); read back line by line; by hand
-- order: strict
CREATE TABLE snk (d1 DECIMAL(9, 6), d2 DECIMAL(20, 0), d3 DECIMAL(11, 9), d4 DECIMAL(10, 2)) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'json.encode.decimal-as-plain-number' = 'true');
INSERT INTO snk VALUES (CAST(123.456789 AS DECIMAL(9, 6)), CAST(454621864049246170 AS DECIMAL(20, 0)), CAST(0.000000027 AS DECIMAL(11, 9)), CAST(100.00 AS DECIMAL(10, 2)));
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
