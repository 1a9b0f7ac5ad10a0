-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 4:17 Function default_database.f already exists in Catalog default_catalog.
CREATE FUNCTION f AS 'com.example.F';
CREATE FUNCTION f AS 'com.example.G';
