-- source: Flink sql-client catalog_database.q (create database my.db: Catalog my does not exist)
-- fail: 3:17 Catalog my does not exist
create database my.db;
