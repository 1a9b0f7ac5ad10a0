-- source: Flink sql-client catalog_database.q (create database my.db)
-- fail: Catalog my does not exist
CREATE DATABASE my.db;
