-- source: Flink docs (DROP DATABASE ... CASCADE drops the tables and functions of the database); by hand
CREATE DATABASE db1;
CREATE TABLE db1.t (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE VIEW db1.v AS SELECT a FROM db1.t;
DROP DATABASE db1 CASCADE;
SHOW DATABASES;
CREATE DATABASE db1;
SHOW TABLES FROM db1;
