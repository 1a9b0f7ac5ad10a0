-- source: FlinkSqlParserImplTest#testAnalyzeTable: Encountered "<EOF>" at line 1, column 49 (no final newline, like the test string)
-- fail: 3:49 found end of input
analyze table emps compute statistics for columns