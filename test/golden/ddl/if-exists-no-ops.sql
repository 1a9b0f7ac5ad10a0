-- source: Flink docs (CREATE VIEW IF NOT EXISTS, ALTER TABLE IF EXISTS, DROP … IF EXISTS do nothing when the object exists / is missing); by hand
CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE VIEW v AS SELECT a FROM t;
CREATE VIEW IF NOT EXISTS v AS SELECT a + 1 AS b FROM t;
ALTER TABLE IF EXISTS missing SET ('k' = 'v');
DROP VIEW IF EXISTS missing;
DROP TABLE IF EXISTS missing;
DROP TEMPORARY VIEW IF EXISTS missing;
DROP FUNCTION IF EXISTS missing;
DROP DATABASE IF EXISTS missing;
DROP CATALOG IF EXISTS missing;
SHOW VIEWS;
SHOW COLUMNS FROM v;
