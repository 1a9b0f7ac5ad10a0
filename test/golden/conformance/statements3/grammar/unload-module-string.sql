-- source: FlinkSqlParserImplTest#testUnloadModule: Encountered "'core'" at line 1, column 15
-- fail: 3:15 core
unload module 'core';
