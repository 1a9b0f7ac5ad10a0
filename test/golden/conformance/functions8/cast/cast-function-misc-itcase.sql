-- source: Flink CastFunctionMiscITCase (BinaryToStringCastRule: CAST of x'...' BINARY to VARCHAR decodes UTF-8, the ITCase's hex text being the legacy cast behaviour; TRY_CAST of STRING to TIME is nullable and NULL for 'Flink'; TRY_CAST of TIME NOT NULL to STRING is STRING nullable, as every TRY_CAST (the ITCase expects STRING().nullable(); SqlTryCastFunction.inferReturnType, FlinkConvertletTable.convertTryCast); TRY_CAST of a ROW with a failing field is NULL for the whole row)
SELECT TRY_CAST(f0 AS TIME) AS c0,
       TRY_CAST(f1 AS TIME) AS c1,
       TRY_CAST(t0 AS STRING) AS c2,
       TRY_CAST(r0 AS ROW(f0 TINYINT, f1 TIME)) AS c3,
       TRY_CAST(r1 AS ROW(f0 TINYINT, f1 TIME)) AS c4,
       CAST(CAST(x'68656C6C6F20636F6465' AS BINARY(10)) AS VARCHAR) AS c5
FROM (VALUES ('Flink', '12:34:56', TIME '12:34:56', ROW(1, 'abc'), ROW(1, '12:34:56'))) AS T(f0, f1, t0, r0, r1);
