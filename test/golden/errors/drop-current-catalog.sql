-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:14 Cannot drop a catalog which is currently in use.
DROP CATALOG default_catalog;
