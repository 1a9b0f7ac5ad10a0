-- source: Flink MiscFunctionsITCase: TYPEOF(f0, f2) with a BOOLEAN NOT NULL column f2 fails "SQL validation failed. Invalid function call:\nTYPEOF(INT NOT NULL, BOOLEAN NOT NULL)" (the flag must be a literal)
-- fail: 3:8 Invalid function call:
SELECT TYPEOF(f0, f2) AS c0
FROM (VALUES (1, TRUE)) AS T(f0, f2);
