-- source: Flink CsvReaderFormat.Reader#read (a record Jackson cannot map, "Too many entries", is skipped with csv.ignore-parse-errors), CsvToRowDataConverters (missing trailing fields NULL, bad field NULL); by hand
-- order: strict
CREATE TABLE t (a INT, b STRING, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.ignore-parse-errors' = 'true');
SELECT a, b, c FROM t;
