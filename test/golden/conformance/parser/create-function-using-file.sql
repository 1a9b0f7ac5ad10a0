-- source: FlinkSqlParserImplTest#testCreateFunction: Encountered "file" at line 1, column 98
-- fail: 3:98 found 'file'
create temporary function function1 as 'org.apache.flink.function.function1' language java using file 'file:///path/to/test';
