-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:15 Database nope does not exist in Catalog default_catalog.
DROP DATABASE nope;
