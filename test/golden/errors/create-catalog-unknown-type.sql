-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:1 Could not find any factory for identifier 'hive' that implements 'org.apache.flink.table.factories.CatalogFactory'
CREATE CATALOG h WITH ('type' = 'hive');
