-- source: FlinkSqlParserImplTest#testShowCatalogs: Encountered "likes" at line 1, column 19
-- fail: 3:19 found 'likes'
show catalogs not likes;
