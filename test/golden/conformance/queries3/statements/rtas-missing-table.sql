-- source: Flink TableEnvironmentImpl#getModifyOperation(ReplaceTableAsOperation): REPLACE TABLE AS needs the table: 'The table %s to be replaced doesn't exist. You can try to use CREATE TABLE AS statement or CREATE OR REPLACE TABLE AS statement.'
-- fail: The table `default_catalog`.`default_database`.`t3` to be replaced doesn't exist. You can try to use CREATE TABLE AS statement or CREATE OR REPLACE TABLE AS statement.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
REPLACE TABLE t3 WITH ('connector' = 'blackhole') AS SELECT a FROM t;
