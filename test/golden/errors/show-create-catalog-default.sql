-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:21 Cannot obtain metadata information from Catalog default_catalog.
SHOW CREATE CATALOG default_catalog;
