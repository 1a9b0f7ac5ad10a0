-- source: Flink sql-gateway begin_statement_set.q (the messages the SQL client prints since it runs on the gateway; sql-client statement_set.q has the older wording) (CREATE TABLE inside BEGIN STATEMENT SET)
-- fail: 4:1 Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set or use 'END' statement to submit Statement Set.
BEGIN STATEMENT SET;
CREATE TABLE src (id INT, str STRING) WITH ('connector' = 'datagen');
END;
