-- source: FlinkSqlParserImplTest#testAlterTable (alter table t1 add unique(a, b))
-- fail: UNIQUE constraint is not supported yet
CREATE TABLE t1 (a BIGINT, b STRING, id INT, ts TIMESTAMP(3), f1 TIMESTAMP(3)) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
alter table t1 add unique(a, b);
