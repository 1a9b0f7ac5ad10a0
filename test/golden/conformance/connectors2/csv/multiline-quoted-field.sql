-- source: Flink CsvReaderFormat (Jackson CsvParser: a quoted field may hold the line separator and doubled quotes); by hand
-- order: strict
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT a, b, CHAR_LENGTH(b) AS n FROM t;
