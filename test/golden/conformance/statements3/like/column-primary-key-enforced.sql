-- source: FlinkSqlParserImplTest#testCreateTableLikeWithConstraints (sql1)
-- fail: Flink doesn't support ENFORCED mode for PRIMARY KEY constraint
CREATE TABLE parent_table (a INT, b BIGINT, c STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
create table source_table(
  a int primary key,
  b bigint,
  c string
)
LIKE parent_table;
