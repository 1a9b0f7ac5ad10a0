-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results (view.q: SHOW CREATE VIEW starts with the qualified name)
-- match: contains
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT a FROM t;
SHOW CREATE VIEW v;
