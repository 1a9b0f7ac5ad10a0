-- source: Flink sql-client catalog_database.q (create table / show tables with fully qualified names in a created catalog and database); rows by hand
CREATE CATALOG c1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db');
CREATE DATABASE c1.db2;
CREATE TABLE c1.db2.t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SHOW TABLES FROM c1.db2;
SHOW TABLES FROM c1.db;
USE CATALOG c1;
SHOW CURRENT DATABASE;
SELECT b FROM db2.t WHERE a > 1;
