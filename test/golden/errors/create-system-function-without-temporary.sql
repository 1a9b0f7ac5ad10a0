-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:8 CREATE SYSTEM FUNCTION is not supported
CREATE SYSTEM FUNCTION f AS 'com.example.F';
