-- source: Flink docs, dev/table/sql/create (CREATE TABLE AS SELECT: the table's columns are the query's names and types)
CREATE TABLE src (a INT, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE s2 WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv') AS SELECT a, c * 2 AS d FROM src;
SELECT * FROM s2;
