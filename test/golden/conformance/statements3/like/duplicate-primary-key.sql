-- source: FlinkSqlParserImplTest#testCreateTableLikeWithConstraints (sql2)
-- fail: Duplicate primary key definition
CREATE TABLE parent_table (a INT, b BIGINT, c STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
create table source_table(
  a int primary key,
  b bigint,
  c string,
  primary key(a) not enforced
)
LIKE parent_table;
