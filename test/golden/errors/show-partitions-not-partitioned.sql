-- source: Flink CatalogManager / FunctionCatalog / ModuleManager / flink-sql-parser messages; positions by hand
-- fail: 4:17 Table default_database.t in catalog default_catalog is not partitioned.
CREATE TABLE t (a INT) WITH ('connector' = 'datagen');
SHOW PARTITIONS t;
