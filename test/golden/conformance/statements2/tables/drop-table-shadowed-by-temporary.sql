-- source: Flink TableEnvironmentITCase#testDropTableSameNameWithTemporaryTable
-- fail: Temporary table with identifier '`default_catalog`.`default_database`.`t1`' exists. Drop it first before removing the permanent table.
CREATE TABLE t1 (a BIGINT, b BIGINT, c VARCHAR) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE t1 (a BIGINT, b BIGINT, c VARCHAR) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
DROP TABLE t1;
