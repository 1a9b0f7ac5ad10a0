-- source: Flink SqlNodeToOperationConversion (ALTER TABLE: 'Table %s doesn't exist or is a temporary table.')
-- fail: Table `default_catalog`.`default_database`.`t1` doesn't exist or is a temporary table.
CREATE TABLE t1 (a BIGINT, b BIGINT, c VARCHAR) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE t1 (a BIGINT, b BIGINT, c VARCHAR) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
ALTER TABLE t1 SET ('number-of-rows' = '2');
