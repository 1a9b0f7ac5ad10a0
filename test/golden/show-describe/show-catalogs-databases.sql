-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results
SHOW CATALOGS;
SHOW DATABASES;
SHOW CURRENT CATALOG;
SHOW CURRENT DATABASE;
