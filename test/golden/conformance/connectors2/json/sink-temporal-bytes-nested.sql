-- source: Flink JsonRowDataSerDeSchemaTest#testSerializationDecimalEncode / testSerDe / RowDataToJsonConverters (Jackson: Double.toString, numberNode(BigDecimal) strips trailing zeros, base64 bytes, NaN quoted); read back line by line; by hand
-- order: strict
CREATE TABLE snk (dt DATE, ts TIMESTAMP(3), ts0 TIMESTAMP(3), ltz TIMESTAMP_LTZ(3), b BYTES, arr ARRAY<INT>, m MAP<STRING, INT>, r ROW<x INT, y STRING>, n STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO snk SELECT DATE '1990-10-14', TIMESTAMP '1990-10-14 12:12:43.120', TIMESTAMP '1990-10-14 12:12:43', TO_TIMESTAMP_LTZ(655906363123, 3), X'0102FF', ARRAY[1, 2], MAP['k', 1], ROW(1, 'a'), CAST(NULL AS STRING);
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
