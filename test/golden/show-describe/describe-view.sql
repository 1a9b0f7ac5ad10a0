-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT a, UPPER(b) AS ub FROM t;
DESCRIBE v;
