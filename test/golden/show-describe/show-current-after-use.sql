-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results
USE CATALOG default_catalog;
SHOW CURRENT CATALOG;
SHOW CURRENT DATABASE;
