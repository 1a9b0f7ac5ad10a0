-- source: FlinkSqlParserImplTest#testShowProcedures: Encountered "db1" at line 1, column 17
-- fail: 3:17 found 'db1'
show procedures db1;
