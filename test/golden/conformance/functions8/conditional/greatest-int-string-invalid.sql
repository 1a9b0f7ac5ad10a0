-- source: Flink GreatestLeastFunctionsITCase: GREATEST of INT NOT NULL and STRING NOT NULL has no common type: "SQL validation failed. Invalid function call:\nGREATEST(INT NOT NULL, STRING NOT NULL)"
-- fail: 3:8 Invalid function call
SELECT GREATEST(f1, f4) AS g
FROM (VALUES (1, CAST('hello' AS STRING))) AS T(f1, f4);
