-- source: FlinkSqlParserImplTest#testCreateFunction: Encountered "." at line 1, column 42
-- fail: 3:42 found '.'
create temporary system function catalog1.db1.function1 as 'org.apache.flink.function.function1';
