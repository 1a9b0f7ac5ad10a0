-- source: Flink SqlNodeConvertUtils.validateAlterView: 'ALTER VIEW for a table is not allowed'
-- fail: ALTER VIEW for a table is not allowed
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
ALTER VIEW t RENAME TO t2;
