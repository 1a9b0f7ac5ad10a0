-- source: Flink sql-gateway begin_statement_set.q (the messages the SQL client prints since it runs on the gateway; sql-client statement_set.q has the older wording) (a second BEGIN STATEMENT SET inside the set)
-- fail: 5:1 Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set or use 'END' statement to submit Statement Set.
CREATE TABLE snk (id INT, str STRING) WITH ('connector' = 'blackhole');
BEGIN STATEMENT SET;
BEGIN STATEMENT SET;
