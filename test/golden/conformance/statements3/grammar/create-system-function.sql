-- source: FlinkSqlParserImplTest#testCreateFunction: CREATE SYSTEM FUNCTION is refused at SYSTEM (ParserResource.createSystemFunctionOnlySupportTemporary says "temporary function,"; the newest test says "functions,": the substring covers both)
-- fail: 3:8 CREATE SYSTEM FUNCTION is not supported, system functions can only be registered as temporary function
create system function function1 as 'org.apache.flink.function.function1';
