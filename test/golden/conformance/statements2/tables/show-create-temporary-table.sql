-- source: Flink ShowCreateUtil.buildShowCreateTableRow (CREATE TEMPORARY TABLE for a temporary table; options sorted)
CREATE TABLE t1 (a BIGINT, b BIGINT, c VARCHAR) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE t1 (a BIGINT, b BIGINT, c VARCHAR) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
SHOW CREATE TABLE t1;
SHOW TABLES;
