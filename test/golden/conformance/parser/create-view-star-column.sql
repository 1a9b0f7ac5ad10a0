-- source: FlinkSqlParserImplTest#testCreateViewWithInvalidName: Encountered "*" at line 1, column 15
-- fail: 3:15 found '*'
create view v(*) COMMENT 'this is a view' as select col1 from tbl;
