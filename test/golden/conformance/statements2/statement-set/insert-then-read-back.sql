-- source: Flink sql-gateway begin_statement_set.q (the messages the SQL client prints since it runs on the gateway; sql-client statement_set.q has the older wording) (streaming INSERT in a statement set into a csv filesystem table, read back)
-- order: any
CREATE TABLE StreamingTable (id INT, str STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv');
BEGIN STATEMENT SET;
INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
END;
SELECT * FROM StreamingTable;
