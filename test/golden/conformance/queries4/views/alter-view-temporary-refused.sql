-- source: Flink SqlNodeConvertUtils.validateAlterView: 'View %s doesn't exist or is a temporary view.' (ObjectIdentifier#toString is its serializable, backquoted text)
-- fail: View `default_catalog`.`default_database`.`v` doesn't exist or is a temporary view.
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
CREATE TEMPORARY VIEW v AS SELECT a FROM t;
ALTER VIEW v RENAME TO v2;
