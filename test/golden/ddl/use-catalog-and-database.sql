-- source: Flink docs (USE CATALOG / USE; qualified names); by hand
USE CATALOG default_catalog;
USE default_database;
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM default_catalog.default_database.t WHERE a = 1;
