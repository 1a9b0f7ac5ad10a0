-- source: FlinkSqlParserImplTest#testShowDataBases: Encountered "ilikes" at line 1, column 20
-- fail: 3:20 found 'ilikes'
show databases not ilikes;
