-- source: Flink sql-client catalog_database.q (drop database `default` of the current catalog mod)
-- fail: Cannot drop a database which is currently in use.
CREATE CATALOG `mod` WITH ('type'='generic_in_memory');
USE CATALOG `mod`;
USE `default`;
DROP DATABASE `default`;
