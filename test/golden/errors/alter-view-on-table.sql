-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 4:1 ALTER VIEW for a table is not allowed
CREATE TABLE t (a INT) WITH ('connector' = 'datagen');
ALTER VIEW t AS SELECT 1;
