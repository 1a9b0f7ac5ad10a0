-- source: FlinkSqlParserImplTest#testCreateFunction: "CREATE FUNCTION USING JAR/ARTIFACT syntax is not applicable to SQL language." at ^sql^ (line 1, column 87)
-- fail: 3:87 CREATE FUNCTION USING JAR/ARTIFACT syntax is not applicable to SQL language
create temporary function function1 as 'org.apache.flink.function.function1' language sql using JAR 'file:///path/to/test.jar';
