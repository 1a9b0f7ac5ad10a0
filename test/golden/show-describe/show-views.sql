-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v1 AS SELECT a FROM t;
CREATE VIEW v0 AS SELECT b FROM t;
SHOW VIEWS;
SHOW TABLES;
