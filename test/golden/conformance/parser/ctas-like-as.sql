-- source: FlinkSqlParserImplTest#testCreateTableAsSelectWithCreateTableLike: Encountered "AS" at line 1, column 58
-- fail: 3:58 found reserved keyword 'AS'
CREATE TABLE t (col1 string) WITH ('test' = 'zm') like b AS SELECT col1 FROM b;
