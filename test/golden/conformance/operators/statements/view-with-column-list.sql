-- source: Flink docs, dev/table/sql/create (CREATE VIEW name (column list) AS query renames the query's columns)
-- order: final
CREATE TABLE src (a INT, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v (k, total) AS SELECT a, SUM(c) FROM src GROUP BY a;
SELECT * FROM v;
