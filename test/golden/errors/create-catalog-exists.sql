-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 4:16 Catalog c1 already exists in catalog store.
CREATE CATALOG c1 WITH ('type' = 'generic_in_memory');
CREATE CATALOG c1 WITH ('type' = 'generic_in_memory');
