-- source: FlinkSqlParserImplTest#testShowFunctions: Encountered "likes" at line 1, column 20
-- fail: 3:20 found 'likes'
show functions not likes;
