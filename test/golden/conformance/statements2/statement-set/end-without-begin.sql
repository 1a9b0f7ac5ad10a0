-- source: Flink sql-gateway begin_statement_set.q (the messages the SQL client prints since it runs on the gateway; sql-client statement_set.q has the older wording) (END after the set was submitted)
-- fail: 7:1 No Statement Set to submit. 'END' statement should be used after 'BEGIN STATEMENT SET'.
CREATE TABLE snk (id INT, str STRING) WITH ('connector' = 'blackhole');
BEGIN STATEMENT SET;
INSERT INTO snk VALUES (1, 'a');
END;
END;
