-- source: FlinkSqlParserImplTest#testShowDataBases: Encountered "likes" at line 1, column 20
-- fail: 3:20 likes
show databases not likes;
