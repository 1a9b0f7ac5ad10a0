-- source: Flink CastFunctionMiscITCase: TRY_CAST(STRING AS TIME) is TIME nullable (NULL for 'Flink'); TRY_CAST(TIME NOT NULL AS STRING) is STRING, nullable (the ITCase expects STRING().nullable(): SqlTryCastFunction.inferReturnType and FlinkConvertletTable.convertTryCast make every TRY_CAST nullable); TRY_CAST(ROW<INT, STRING> AS ROW(f0 TINYINT, f1 TIME)) is NULL when a field fails
SELECT TRY_CAST(s1 AS TIME) AS c0,
       TRY_CAST(s2 AS TIME) AS c1,
       TRY_CAST(t AS STRING) AS c2,
       TRY_CAST(r1 AS ROW(f0 TINYINT, f1 TIME)) AS c3,
       TRY_CAST(r2 AS ROW(f0 TINYINT, f1 TIME)) AS c4
FROM (VALUES (CAST('Flink' AS STRING), CAST('12:34:56' AS STRING), TIME '12:34:56',
              ROW(1, CAST('abc' AS STRING)), ROW(1, CAST('12:34:56' AS STRING)))) AS T(s1, s2, t, r1, r2);
