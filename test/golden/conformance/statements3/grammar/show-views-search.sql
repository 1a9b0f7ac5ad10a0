-- source: FlinkSqlParserImplTest#testShowViews: Encountered "search" at line 1, column 12
-- fail: 3:12 search
show views search db1;
