-- source: Flink SqlAnalyzeTableConverter: 'Table %s doesn't exist or is a temporary table.'
-- fail: Table `default_catalog`.`default_database`.`nope` doesn't exist or is a temporary table.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ANALYZE TABLE nope COMPUTE STATISTICS;
