-- source: FlinkSqlParserImplTest#testAnalyzeTable: Encountered "<EOF>" at line 1, column 18 (JavaCC puts <EOF> on the last character; no final newline, like the test string)
-- fail: 3:18 found end of input
analyze table emps