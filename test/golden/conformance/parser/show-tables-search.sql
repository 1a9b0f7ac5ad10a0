-- source: FlinkSqlParserImplTest#testShowTables: Encountered "search" at line 1, column 13
-- fail: 3:13 found reserved keyword 'search'
show tables search db1;
