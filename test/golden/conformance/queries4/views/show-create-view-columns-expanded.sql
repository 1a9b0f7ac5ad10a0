-- source: Flink TableEnvironmentITCase#testShowCreateCatalogView (CREATE VIEW v1 AS SELECT a, b, c FROM T1 expands to SELECT `T1`.`a`, `T1`.`b`, `T1`.`c` FROM `default_catalog`.`default_database`.`T1`; v2(x, y, z) keeps the query and lists its own names) in Flink 2.x's ShowCreateUtil.buildShowCreateViewRow layout (one column per line, 'AS ' + expanded query + newline)
CREATE TABLE T1 (a INT, b BIGINT, c STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE VIEW v1 AS SELECT a, b, c FROM T1;
SHOW CREATE VIEW v1;
CREATE VIEW v2(x, y, z) AS SELECT a, b, c FROM T1;
SHOW CREATE VIEW v2;
