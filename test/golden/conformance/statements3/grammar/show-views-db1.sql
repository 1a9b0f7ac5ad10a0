-- source: FlinkSqlParserImplTest#testShowViews: Encountered "db1" at line 1, column 12
-- fail: 3:12 db1
show views db1;
