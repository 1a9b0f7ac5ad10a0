-- source: FlinkSqlParserImplTest#testUseModules: Encountered "'core'" at line 1, column 13
-- fail: 3:13 core
use modules 'core';
