-- source: FlinkSqlParserImplTest#testExplainDuplicateExplainDetails: "Duplicate EXPLAIN DETAIL is not allowed." at ^changelog_mode^ (line 1, column 24)
-- fail: 3:24 Duplicate EXPLAIN DETAIL is not allowed
explain changelog_mode,changelog_mode select * from emps;
