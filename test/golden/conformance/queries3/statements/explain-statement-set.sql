-- source: Flink FlinkSqlParserImplTest#testExplainStatementSet and the sql-gateway statement_set.q ('EXPLAIN STATEMENT SET BEGIN INSERT …; INSERT …; END': the Abstract Syntax Tree lists one LogicalSink per INSERT, in order; FLINK-25392 syntax without EXECUTE); also EXPLAIN PLAN FOR STATEMENT SET
-- match: contains
CREATE TABLE src (a INT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE k1 (a INT) WITH ('connector' = 'blackhole');
CREATE TABLE k2 (s STRING) WITH ('connector' = 'blackhole');
EXPLAIN STATEMENT SET BEGIN
INSERT INTO k1 SELECT a FROM src;
INSERT INTO k2 SELECT s FROM src;
END;
EXPLAIN PLAN FOR STATEMENT SET BEGIN
INSERT INTO k2 SELECT s FROM src;
END;
