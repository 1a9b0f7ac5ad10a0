-- source: Flink sql-gateway catalog_database.q (test enhanced show tables: FROM catalog.db, [NOT] LIKE, sorted names, views included)
CREATE CATALOG catalog1 WITH ('type'='generic_in_memory');
CREATE DATABASE catalog1.db1;
CREATE TABLE catalog1.db1.person (a INT, b STRING) WITH ('connector' = 'datagen');
CREATE TABLE catalog1.db1.dim (a INT, b STRING) WITH ('connector' = 'datagen');
CREATE TABLE catalog1.db1.address (a INT, b STRING) WITH ('connector' = 'datagen');
CREATE VIEW catalog1.db1.v_person AS SELECT * FROM catalog1.db1.person;
SHOW TABLES FROM catalog1.db1;
SHOW TABLES FROM catalog1.db1 LIKE '%person%';
SHOW TABLES IN catalog1.db1 NOT LIKE '%person%';
USE CATALOG catalog1;
SHOW TABLES FROM db1 LIKE 'p_r%';
