-- source: Flink CsvToRowDataConverters#validateArity ("Row length mismatch. 3 fields expected but was 2."), issue 7 (file and line); by hand
-- fail: Row length mismatch. 3 fields expected but was 2.
CREATE TABLE t (a INT, b STRING, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT a FROM t;
