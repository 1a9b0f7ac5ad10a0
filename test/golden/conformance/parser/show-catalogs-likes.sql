-- source: FlinkSqlParserImplTest#testShowCatalogs: Encountered "likes" at line 1, column 15
-- fail: 3:15 found 'likes'
show catalogs likes;
