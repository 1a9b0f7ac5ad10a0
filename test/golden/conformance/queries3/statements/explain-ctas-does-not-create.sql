-- source: Flink SqlRichExplain accepts CTAS / RTAS (FlinkSqlParserImplTest#testExplainCreateTableAs; 'Unsupported CREATE OR REPLACE statement for EXPLAIN' only without AS); TableEnvironmentImpl#explainInternal plans the CreateTableASOperation's sink into the table it would create without executing the CREATE, so SHOW TABLES lists only the source afterwards; the plan's facts (LogicalSink / Sink on the target, a GroupAggregate producing updates [I,UA]: a blackhole sink takes no UPDATE_BEFORE, Sink changelogMode [NONE]) as Flink's EXPLAIN CHANGELOG_MODE prints them
-- match: contains
CREATE TABLE src (a INT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN CHANGELOG_MODE CREATE TABLE r WITH ('connector' = 'blackhole') AS SELECT a, COUNT(*) AS c FROM src GROUP BY a;
EXPLAIN CREATE OR REPLACE TABLE r2 WITH ('connector' = 'blackhole') AS SELECT s FROM src;
SHOW TABLES;
