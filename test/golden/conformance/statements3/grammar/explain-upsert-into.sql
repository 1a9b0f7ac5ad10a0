-- source: FlinkSqlParserImplTest#testExplainUpsert parses; FlinkPlannerImpl#validateRichSqlInsert then refuses UPSERT INTO
-- fail: UPSERT INTO statement is not supported. Please use INSERT INTO instead.
CREATE TABLE emps1 (a INT, b INT) WITH ('connector' = 'blackhole');
explain plan for upsert into emps1 values (1, 2);
