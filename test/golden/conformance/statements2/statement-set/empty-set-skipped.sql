-- source: Flink sql-gateway begin_statement_set.q (the messages the SQL client prints since it runs on the gateway; sql-client statement_set.q has the older wording) (BEGIN STATEMENT SET; END; "No statement in the statement set, skip submit.")
BEGIN STATEMENT SET;
END;
SELECT id, str FROM (VALUES (1, 'Hello World'), (2, 'Hi')) AS T(id, str);
