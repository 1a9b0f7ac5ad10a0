-- source: Flink CsvFormatFactoryTest#testInvalidFieldDelimiter ("Option 'csv.field-delimiter' must be a string with single character, but was: abc"); by hand
-- fail: Option 'csv.field-delimiter' must be a string with single character, but was: abc
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.field-delimiter' = 'abc');
SELECT a, b FROM t;
