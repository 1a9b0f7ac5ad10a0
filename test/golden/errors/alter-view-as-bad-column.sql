-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 5:24 Column 'bb' not found in table 't'; did you mean 'b'?
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen');
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v AS SELECT bb FROM t;
