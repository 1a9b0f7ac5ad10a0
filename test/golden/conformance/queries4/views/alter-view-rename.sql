-- source: Flink SqlAlterViewRenameConverter / parserImpls.ftl (ALTER VIEW v RENAME TO v2: the view keeps its query under the new name; SHOW VIEWS)
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v RENAME TO v2;
SHOW VIEWS;
DESCRIBE v2;
