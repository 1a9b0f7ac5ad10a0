-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 5:8 Cannot instantiate user-defined function 'initcap'
CREATE TABLE t (a STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TEMPORARY SYSTEM FUNCTION initcap AS 'com.example.MyInitCap';
SELECT INITCAP(a) FROM t;
