-- source: FlinkSqlParserImplTest#testAlterTable (add constraint ct1 primary key(a, b) without NOT ENFORCED)
-- fail: Flink doesn't support ENFORCED mode for PRIMARY KEY constraint
CREATE TABLE t1 (a BIGINT, b STRING, id INT, ts TIMESTAMP(3), f1 TIMESTAMP(3)) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
alter table t1 add constraint ct1 primary key(a, b);
