-- source: FlinkSqlParserImplTest#testShowProcedures: Encountered "search" at line 1, column 17
-- fail: 3:17 search
show procedures search db1;
