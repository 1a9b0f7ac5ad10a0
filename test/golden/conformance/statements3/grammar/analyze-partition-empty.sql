-- source: FlinkSqlParserImplTest#testAnalyzeTable: Encountered ")" at line 1, column 30
-- fail: 3:30 )
analyze table emps partition() compute statistics;
