-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:12 View `default_catalog`.`default_database`.`nope` doesn't exist or is a temporary view.
ALTER VIEW nope RENAME TO other;
