-- source: Flink SqlExpressionTest testConditionalFunctions / testTypeConversionFunctions / testValueConstructorFunctions (CASE 2 WHEN 1, 2 THEN 2 ELSE 3 END = 2, NULLIF(1, 1) NULL, COALESCE(NULL, 5) 5, CAST(2 AS DOUBLE) 2.0, ROW('hello world', 12), nested rows, ARRAY[TRUE, FALSE][2] false, MAP[…]['k2'] v2, MAP['k1', CAST(true AS VARCHAR(256)), …]['k1'] 'true'); each cast to STRING (rows print '(hello world, 12)', booleans 'TRUE', CAST(TRUE AS VARCHAR) is 'TRUE'); NULLIF, item access of an array / map are nullable
SELECT CAST(CASE 2 WHEN 1, 2 THEN 2 ELSE 3 END AS STRING) AS c0,
       CAST(CASE WHEN 1 = 2 THEN 2 WHEN 1 = 1 THEN 3 ELSE 3 END AS STRING) AS c1,
       CAST(NULLIF(1, 1) AS STRING) AS c2,
       CAST(COALESCE(NULL, 5) AS STRING) AS c3,
       CAST(CAST(2 AS DOUBLE) AS STRING) AS c4,
       CAST(ROW('hello world', 12) AS STRING) AS c5,
       CAST(('hello world', 12) AS STRING) AS c6,
       CAST(('foo', ('bar', 12)) AS STRING) AS c7,
       CAST(ARRAY[TRUE, FALSE][2] AS STRING) AS c8,
       CAST(ARRAY[TRUE, TRUE] AS STRING) AS c9,
       CAST(MAP['k1', 'v1', 'k2', 'v2']['k2'] AS STRING) AS c10,
       CAST(MAP['k1', CAST(true AS VARCHAR(256)), 'k2', 'foo']['k1'] AS STRING) AS c11;
