-- source: Flink sql-client catalog_database.q (create database, use, comment/with, alter database set, drop database if exists); listings sorted
CREATE DATABASE db1;
SHOW DATABASES;
USE db1;
SHOW CURRENT DATABASE;
CREATE DATABASE db2 COMMENT 'db2_comment' WITH ('k1' = 'v1');
ALTER DATABASE db2 SET ('k1' = 'a', 'k2' = 'b');
CREATE DATABASE IF NOT EXISTS db2;
SHOW DATABASES;
DROP DATABASE IF EXISTS db2;
DROP DATABASE IF EXISTS db2;
SHOW DATABASES;
