-- source: Flink sql-client catalog_database.q (use non_existing_db)
-- fail: A database with name [non_existing_db] does not exist in the catalog: [default_catalog].
USE non_existing_db;
