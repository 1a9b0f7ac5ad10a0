-- source: Flink CsvFormatFactoryTest#testDisableQuoteCharacterException ("Format cannot define a quote character and disabled quote character at the same time."); by hand
-- fail: Format cannot define a quote character and disabled quote character at the same time
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.quote-character' = '''', 'csv.disable-quote-character' = 'true');
SELECT a, b FROM t;
