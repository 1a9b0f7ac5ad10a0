-- source: FlinkSqlParserImplTest#testCreateTableWithOptionKeyAsIdentifier: Encountered "a" at line 6, column 3
-- fail: 8:3 found 'a'
create table source_table(
  a int,
  b bigint,
  c string
) with (
  a.b.c = 'ab',
  a.b.c1 = 'aabb');
