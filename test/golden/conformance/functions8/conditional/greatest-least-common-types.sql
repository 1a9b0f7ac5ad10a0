-- source: Flink GreatestLeastFunctionsITCase (f0 INT NULL, f1 1, f2 2, f3 DECIMAL(3, 2) 3.14, f4 'hello', f5 'world', f6/f7 TIMESTAMP(3)) and LogicalTypeMerging.findCommonType (INT with DECIMAL(3, 2) is DECIMAL(12, 2); an exact with an approximate type DOUBLE; TIMESTAMP precisions combine to the larger; CHAR with VARCHAR(5) is VARCHAR(5); a NULL argument gives NULL; DATE implicitly from TIMESTAMP, as LogicalTypeCasts)
SELECT CAST(GREATEST(f1, f3, f2) AS DECIMAL(3, 2)) AS c0,
       GREATEST(f1, f3, f2) AS c1,
       GREATEST(f0, f1, f2) AS c2,
       GREATEST(f4, f5) AS c3,
       GREATEST(f6, f7) AS c4,
       CAST(LEAST(f1, f3, f2) AS DECIMAL(3, 2)) AS c5,
       LEAST(f0, f1) AS c6,
       LEAST(f4, f5) AS c7,
       GREATEST(f1, 2.5E0) AS c8,
       GREATEST(f6, TIMESTAMP '1970-01-01 00:00:00.000001') AS c9,
       GREATEST('a', CAST('bb' AS VARCHAR(5))) AS c10,
       GREATEST(CAST(1 AS TINYINT), CAST(2 AS BIGINT)) AS c11
FROM (VALUES (CAST(NULL AS INT), 1, 2, CAST(3.14 AS DECIMAL(3, 2)), 'hello', 'world', TIMESTAMP '1970-01-01 00:00:03.001', TIMESTAMP '1970-01-01 00:00:02.001')) AS T(f0, f1, f2, f3, f4, f5, f6, f7);
