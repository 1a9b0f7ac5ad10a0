-- source: FlinkSqlParserImplTest#testReplaceTableAsWithUsingConnectionFails: Encountered "USING" at line 2, column 1 (here line 4)
-- fail: 4:1 USING
REPLACE TABLE t1
USING CONNECTION cat1.db1.conn1
WITH ('connector' = 'blackhole')
AS SELECT 1 AS a;
