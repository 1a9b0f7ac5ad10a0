-- source: Flink parserImpls.ftl SqlAlterView (default dialect): only RENAME TO and AS follow ALTER VIEW name (SET TBLPROPERTIES is the Hive dialect's), so SET is a parse error at its position
-- fail: 5:14 SET
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v SET ('k' = 'v');
