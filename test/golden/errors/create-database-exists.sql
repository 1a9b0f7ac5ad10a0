-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 4:17 Database db1 already exists in Catalog default_catalog.
CREATE DATABASE db1;
CREATE DATABASE db1;
