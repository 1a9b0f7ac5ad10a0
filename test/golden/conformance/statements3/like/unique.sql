-- source: FlinkSqlParserImplTest#testCreateTableLikeWithConstraints (sql3)
-- fail: UNIQUE constraint is not supported yet
CREATE TABLE parent_table (a INT, b BIGINT, c STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
create table source_table(
  a int,
  b bigint,
  c string,
  unique (a)
)
LIKE parent_table;
