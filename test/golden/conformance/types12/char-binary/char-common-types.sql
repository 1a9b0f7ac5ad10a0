-- source: Calcite leastRestrictive with Flink's FlinkTypeSystem.shouldConvertRaggedUnionTypesToVarying: CHAR of different lengths merge to VARCHAR of the longest (CASE, ARRAY, MAP, COALESCE), the same length stays CHAR; || of CHAR(m) and CHAR(n) is CHAR(m + n) (ReturnTypes.DYADIC_STRING_SUM_PRECISION), with VARCHAR VARCHAR
SELECT CASE WHEN 1 = 1 THEN 'a' ELSE 'bb' END AS c0,
       CASE WHEN 1 = 1 THEN 'ab' ELSE 'cd' END AS c1,
       ARRAY['a', 'bb'] AS c2,
       MAP['a', 1, 'bb', 2] AS c3,
       COALESCE(CAST(NULL AS CHAR(3)), 'ab') AS c4,
       'a' || CAST('b' AS CHAR(3)) AS c5,
       CAST('abc' AS VARCHAR(5)) || 'x' AS c6,
       CAST(CAST('abc' AS CHAR(5)) AS VARCHAR(10)) || '|' AS c7;
