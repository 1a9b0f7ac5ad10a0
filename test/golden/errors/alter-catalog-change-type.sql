-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 4:23 ALTER CATALOG SET does not support changing 'type'
CREATE CATALOG c1 WITH ('type' = 'generic_in_memory');
ALTER CATALOG c1 SET ('type' = 'hive');
