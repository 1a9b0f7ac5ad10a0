-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:16 Database nope does not exist in Catalog default_catalog.
ALTER DATABASE nope SET ('k' = 'v');
