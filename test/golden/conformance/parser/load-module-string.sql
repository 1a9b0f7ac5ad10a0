-- source: FlinkSqlParserImplTest#testLoadModule: Encountered "\'core\'" at line 1, column 13
-- fail: 3:13 found string 'core'
load module 'core';
