-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 5:15 Database db1 in catalog default_catalog is not empty.
CREATE DATABASE db1;
CREATE TABLE db1.t (a INT) WITH ('connector' = 'datagen');
DROP DATABASE db1;
