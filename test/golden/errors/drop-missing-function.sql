-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 3:32 Could not drop temporary system function. A function named 'nope' doesn't exist.
DROP TEMPORARY SYSTEM FUNCTION nope;
