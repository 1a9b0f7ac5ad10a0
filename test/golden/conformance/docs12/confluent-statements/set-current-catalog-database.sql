-- source: https://docs.confluent.io/cloud/current/flink/reference/statements/set.html (Confluent Cloud for Apache Flink, SET Statement: sql.current-catalog "defines the current catalog. Semantically equivalent with USE CATALOG", sql.current-database "semantically equivalent with USE"; SET with no key lists the properties assigned in the session); a Confluent option (Apache Flink has no such keys), as DESIGN.md follows Confluent Cloud; catalog1 is a generic_in_memory catalog here
CREATE CATALOG catalog1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');
CREATE DATABASE catalog1.db2;
SET 'sql.current-catalog' = 'catalog1';
SHOW CURRENT CATALOG;
SHOW CURRENT DATABASE;
SET 'sql.current-database' = 'db2';
SHOW CURRENT DATABASE;
CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '0');
SHOW TABLES FROM catalog1.db2;
SET;
