-- source: Flink CsvRowDataSerDeSchemaTest#testSerializeDeserialize (with csv.null-literal 'null': DECIMAL(38, 25) and DECIMAL(38, 0) text over 24 characters quoted, TIMESTAMP quoted for its space, DATE / TIME / FLOAT / DOUBLE / BYTES / ROW / ARRAY raw, TIMESTAMP_LTZ with Z); read back line by line; by hand
-- order: strict
CREATE TABLE snk (d1 DECIMAL(38, 25), d2 DECIMAL(38, 0), dt DATE, tm TIME(0), ts TIMESTAMP(0), ltz TIMESTAMP_LTZ(0), f FLOAT, d DOUBLE, b BYTES, r ROW<f0 STRING, f1 INT, f2 BOOLEAN>, a ARRAY<TINYINT>, s STRING, n BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.null-literal' = 'null');
INSERT INTO snk SELECT CAST('1234.0000000000000000000000001' AS DECIMAL(38, 25)), CAST('123400000000000000000000000001' AS DECIMAL(38, 0)), DATE '2018-10-12', TIME '12:12:12', TIMESTAMP '2018-10-12 12:12:12', TO_TIMESTAMP_LTZ(123, 0), CAST(0.33333334 AS FLOAT), CAST(0.33333333332 AS DOUBLE), X'6B030B', ROW('Hello', 42, FALSE), ARRAY[CAST(12 AS TINYINT), CAST(4 AS TINYINT), CAST(NULL AS TINYINT)], 'This is a test.', CAST(NULL AS BIGINT);
CREATE TABLE back (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM back;
SELECT d1, d2, ltz, a, r FROM snk;
