-- source: FlinkSqlParserImplTest#testCreateTableAsWithUsingConnectionFails (ParserResource.usingConnectionWithAsUnsupported at CREATE)
-- fail: 3:1 USING CONNECTION clause is not supported with CREATE TABLE AS SELECT or REPLACE TABLE AS SELECT statements
CREATE TABLE t1
USING CONNECTION cat1.db1.conn1
WITH ('connector' = 'blackhole')
AS SELECT 1 AS a;
