-- source: Flink SqlAnalyzeTableConverter: partition values on a table without partition keys
-- fail: Invalid ANALYZE TABLE statement. Table: `default_catalog`.`default_database`.`t` is not a partition table, while partition values are given.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ANALYZE TABLE t PARTITION (a = 1) COMPUTE STATISTICS;
