-- source: docs/content/docs/dev/table/sql/show.md (SHOW TABLES EXAMPLES: db1 of catalog1 holds person and dim, the current database holds items and orders; every spelling the page lists, each with the page's result)
CREATE CATALOG catalog1 WITH ('type' = 'generic_in_memory');
CREATE DATABASE catalog1.db1;
CREATE TABLE catalog1.db1.person (id INT) WITH ('connector' = 'datagen');
CREATE TABLE catalog1.db1.dim (id INT) WITH ('connector' = 'datagen');
CREATE TABLE items (id INT) WITH ('connector' = 'datagen');
CREATE TABLE orders (id INT) WITH ('connector' = 'datagen');
USE CATALOG catalog1;
show tables from db1;
show tables in catalog1.db1;
show tables from db1 like '%n';
show tables in catalog1.db1 like '%n';
show tables from db1 not like '%n';
show tables in db1 not like '%n';
USE CATALOG default_catalog;
show tables;
