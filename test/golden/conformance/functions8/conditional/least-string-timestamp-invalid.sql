-- source: Flink GreatestLeastFunctionsITCase: GREATEST of STRING NOT NULL and TIMESTAMP(3) NOT NULL is "SQL validation failed. Invalid function call:\nGREATEST(STRING NOT NULL, TIMESTAMP(3) NOT NULL)"; LEAST checks the same way
-- fail: 3:8 LEAST(STRING NOT NULL, TIMESTAMP(3) NOT NULL)
SELECT LEAST(f5, f6) AS g
FROM (VALUES (CAST('world' AS STRING), CAST(TIMESTAMP '1970-01-01 00:00:02.001' AS TIMESTAMP(3)))) AS T(f5, f6);
