-- source: FlinkPlannerImpl#validateRichSqlInsert / SqlToOperationConverterTest#testUpsertInto ("UPSERT INTO t1 VALUES(1)"; FLINK-24225)
-- fail: UPSERT INTO statement is not supported. Please use INSERT INTO instead.
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');
UPSERT INTO t1 VALUES(1);
