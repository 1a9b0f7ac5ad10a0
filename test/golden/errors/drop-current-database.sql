-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:15 Cannot drop a database which is currently in use.
DROP DATABASE default_database;
