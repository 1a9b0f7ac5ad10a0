-- source: FlinkSqlParserImplTest#testExplainPlanForWithExplainDetails (at json_execution_plan)
-- fail: 3:18 Non-query expression encountered in illegal context
explain plan for json_execution_plan upsert into emps1 values (1, 2);
