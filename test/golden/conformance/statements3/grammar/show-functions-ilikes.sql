-- source: FlinkSqlParserImplTest#testShowFunctions: Encountered "ilikes" at line 1, column 16
-- fail: 3:16 ilikes
show functions ilikes;
