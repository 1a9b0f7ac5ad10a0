-- source: FlinkSqlParserImplTest#testAnalyzeTable: Encountered "," at line 1, column 32
-- fail: 3:32 ,
analyze table emps partition(x=, y) compute statistics for all columns;
