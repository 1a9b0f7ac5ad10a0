-- source: Flink sql-client catalog_database.q (use catalog non_existing_catalog)
-- fail: A catalog with name [non_existing_catalog] does not exist.
USE CATALOG non_existing_catalog;
