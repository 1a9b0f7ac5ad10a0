-- source: Flink sql-gateway catalog_database.q (create table / create view in a catalog that does not exist: 'Catalog mod does not exist.')
-- fail: Catalog c1 does not exist.
CREATE TABLE c1.db1.MyTable3 (a INT, b STRING) WITH ('connector' = 'datagen');
