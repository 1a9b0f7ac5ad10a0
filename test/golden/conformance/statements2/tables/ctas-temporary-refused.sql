-- source: Flink SqlCreateTableAs#validate and dev/table/sql/create.md (CTAS notes: does not support creating a temporary table)
-- fail: 3:1 CREATE TABLE AS SELECT syntax does not support to create temporary table yet.
CREATE TEMPORARY TABLE t WITH ('connector' = 'blackhole') AS SELECT 1 AS a;
