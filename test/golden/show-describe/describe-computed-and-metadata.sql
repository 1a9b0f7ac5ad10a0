-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results; extras shows AS <expr> / METADATA
CREATE TABLE t (a INT, b AS a + 1, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');
DESCRIBE t;
