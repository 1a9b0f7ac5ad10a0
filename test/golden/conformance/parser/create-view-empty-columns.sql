-- source: FlinkSqlParserImplTest#testCreateViewWithInvalidFieldList: Encountered ")" at line 1, column 15
-- fail: 3:15 found ')'
CREATE VIEW V() AS SELECT * FROM TBL;
