-- source: Flink sql-client statement_set.q (END after the set was submitted)
-- fail: 7:1 No Statement Set to submit, "END;" command should be used after "BEGIN STATEMENT SET;".
CREATE TABLE snk (id INT, str STRING) WITH ('connector' = 'blackhole');
BEGIN STATEMENT SET;
INSERT INTO snk VALUES (1, 'a');
END;
END;
