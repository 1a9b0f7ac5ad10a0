-- source: Flink sql-gateway begin_statement_set.q (the messages the SQL client prints since it runs on the gateway; sql-client statement_set.q has the older wording) (a SELECT inside BEGIN STATEMENT SET)
-- fail: 6:1 Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set or use 'END' statement to submit Statement Set.
CREATE TABLE snk (id INT, str STRING) WITH ('connector' = 'blackhole');
BEGIN STATEMENT SET;
INSERT INTO snk VALUES (1, 'a');
SELECT id, str FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi')) AS T(id, str);
END;
