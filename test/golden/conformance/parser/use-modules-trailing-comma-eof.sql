-- source: FlinkSqlParserImplTest#testUseModules: Encountered "<EOF>" at line 1, column 14 (no final newline, like the test string)
-- fail: 3:14 found end of input
use modules x,