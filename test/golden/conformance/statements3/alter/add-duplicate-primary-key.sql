-- source: FlinkSqlParserImplTest#testAlterTableAddMultipleColumn (sql2: a column PRIMARY KEY and a table PRIMARY KEY in one ADD)
-- fail: Duplicate primary key definition
CREATE TABLE t1 (a BIGINT, b STRING, id INT, ts TIMESTAMP(3), f1 TIMESTAMP(3)) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
alter table t1 add (
col_int int primary key not enforced,
log_ts string comment 'log timestamp string' first,
primary key (id) not enforced
);
