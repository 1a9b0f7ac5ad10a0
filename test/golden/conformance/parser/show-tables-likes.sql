-- source: FlinkSqlParserImplTest#testShowTables: Encountered "likes" at line 1, column 22
-- fail: 3:22 found 'likes'
show tables from db1 likes '%t';
