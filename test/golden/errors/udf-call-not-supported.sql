-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 5:17 Cannot instantiate user-defined function 'default_catalog.default_database.my_upper'
CREATE TABLE t (a STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE FUNCTION my_upper AS 'com.example.Upper';
SELECT a, LOWER(MY_UPPER(a)) FROM t;
