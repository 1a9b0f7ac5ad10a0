-- source: FlinkSqlParserImplTest#testShowViews: Encountered "likes" at line 1, column 21
-- fail: 3:21 likes
show views from db1 likes '%t';
