-- source: Flink SqlAlterViewAsConverter (ALTER VIEW v AS <query> replaces the view's query and schema)
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v AS SELECT b, a FROM t;
DESCRIBE v;
