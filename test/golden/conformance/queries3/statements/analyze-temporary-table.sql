-- source: Flink SqlAnalyzeTableConverter: a temporary table is refused like a missing one ('doesn't exist or is a temporary table')
-- fail: Table `default_catalog`.`default_database`.`tt` doesn't exist or is a temporary table.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TEMPORARY TABLE tt (a INT) WITH ('connector' = 'datagen');
ANALYZE TABLE tt COMPUTE STATISTICS;
