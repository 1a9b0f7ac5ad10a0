-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:13 Could not find any factory for identifier 'hive' that implements 'org.apache.flink.table.factories.ModuleFactory'
LOAD MODULE hive;
