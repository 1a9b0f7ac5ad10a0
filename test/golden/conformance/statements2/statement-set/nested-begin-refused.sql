-- source: Flink sql-client statement_set.q (a second BEGIN STATEMENT SET inside the set)
-- fail: 5:1 Only INSERT statement is allowed in Statement Set.
CREATE TABLE snk (id INT, str STRING) WITH ('connector' = 'blackhole');
BEGIN STATEMENT SET;
BEGIN STATEMENT SET;
