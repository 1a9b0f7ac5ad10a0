-- source: Flink docs (CSV format options: 'csv.field-delimiter', 'csv.null-literal'); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv', 'csv.field-delimiter' = ';', 'csv.null-literal' = 'n/a');
SELECT a, b FROM t;
