-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: malformed-csv-line.input.csv
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
SELECT a FROM t;
