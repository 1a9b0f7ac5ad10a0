-- source: Flink sql-client statement_set.q (a SELECT inside BEGIN STATEMENT SET)
-- fail: 6:1 Only INSERT statement is allowed in Statement Set.
CREATE TABLE snk (id INT, str STRING) WITH ('connector' = 'blackhole');
BEGIN STATEMENT SET;
INSERT INTO snk VALUES (1, 'a');
SELECT id, str FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi')) AS T(id, str);
END;
