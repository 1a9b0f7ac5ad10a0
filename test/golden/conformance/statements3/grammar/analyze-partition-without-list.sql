-- source: FlinkSqlParserImplTest#testAnalyzeTable: Encountered "compute" at line 1, column 30
-- fail: 3:30 compute
analyze table emps partition compute statistics;
