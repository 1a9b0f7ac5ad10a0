-- source: Flink sql-client view.q (test query a view with hint: the identifier in its serializable, backquoted form)
-- fail: View '`default_catalog`.`default_database`.`v1`' cannot be enriched with new options. Hints can only be applied to tables.
CREATE TABLE orders (a INT) WITH ('connector' = 'datagen');
CREATE TEMPORARY VIEW v1 AS SELECT * FROM orders;
SELECT * FROM v1 /*+ OPTIONS('number-of-rows' = '1') */;
