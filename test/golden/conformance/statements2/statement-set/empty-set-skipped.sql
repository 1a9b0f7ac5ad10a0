-- source: Flink sql-client statement_set.q (BEGIN STATEMENT SET; END; "No statement in the statement set, skip submit.")
BEGIN STATEMENT SET;
END;
SELECT id, str FROM (VALUES (1, 'Hello World'), (2, 'Hi')) AS T(id, str);
