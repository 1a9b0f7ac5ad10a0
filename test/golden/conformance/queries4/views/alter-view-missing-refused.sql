-- source: Flink SqlNodeConvertUtils.validateAlterView: 'View %s doesn't exist or is a temporary view.' for a missing view
-- fail: View `default_catalog`.`default_database`.`nope` doesn't exist or is a temporary view.
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
ALTER VIEW nope AS SELECT a FROM t;
