-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:14 Catalog nope does not exist.
DROP CATALOG nope;
