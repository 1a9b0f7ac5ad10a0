-- source: Flink CsvFormatFactoryTest#testInvalidCharacterOption ("Option 'csv.quote-character' must be a string with single character, but was: abc"); by hand
-- fail: Option 'csv.quote-character' must be a string with single character, but was: abc
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.quote-character' = 'abc');
SELECT a, b FROM t;
