-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:13 A module with name 'core' already exists
LOAD MODULE core;
