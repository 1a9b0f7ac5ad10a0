-- source: Flink sql-client statement_set.q (CREATE TABLE inside BEGIN STATEMENT SET)
-- fail: 4:1 Only INSERT statement is allowed in Statement Set.
BEGIN STATEMENT SET;
CREATE TABLE src (id INT, str STRING) WITH ('connector' = 'datagen');
END;
