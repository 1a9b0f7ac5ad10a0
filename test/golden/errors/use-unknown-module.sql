-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:19 No module with name 'hive' exists
USE MODULES core, hive;
