-- source: Flink SqlExpressionTest testComparisonFunctions / testLogicalFunctions (every expression's expected value; BOOLEAN NOT NULL, printed TRUE / FALSE by CAST to STRING)
SELECT 1 = 1 AS c0, 1 <> 1 AS c1, 5 > 2 AS c2, 2 >= 2 AS c3, 5 < 2 AS c4, 2 <= 2 AS c5,
       x'0c' <= x'0b' AS c6, x'0c' > x'0b' AS c7, x'0c' = x'0c' AS c8, x'0c' <> x'0c' AS c9,
       1 IS NULL AS c10, 1 IS NOT NULL AS c11,
       NULLIF(1,1) IS DISTINCT FROM NULLIF(1,1) AS c12, NULLIF(1,1) IS NOT DISTINCT FROM NULLIF(1,1) AS c13,
       12 BETWEEN 11 AND 13 AS c14, 12 BETWEEN ASYMMETRIC 13 AND 11 AS c15, 12 BETWEEN SYMMETRIC 13 AND 11 AS c16,
       12 NOT BETWEEN 11 AND 13 AS c17, 12 NOT BETWEEN ASYMMETRIC 13 AND 11 AS c18, 12 NOT BETWEEN SYMMETRIC 13 AND 11 AS c19,
       'TEST' LIKE '%EST' AS c20, '%EST' LIKE '.%EST' ESCAPE '.' AS c21, 'TEST' NOT LIKE '%EST' AS c22, '%EST' NOT LIKE '.%EST' ESCAPE '.' AS c23,
       'TEST' SIMILAR TO '.EST' AS c24, 'TEST' NOT SIMILAR TO '.EST' AS c25,
       'TEST' IN ('west', 'TEST', 'rest') AS c26, 'TEST' IN ('west', 'rest') AS c27, 'TEST' NOT IN ('west', 'TEST', 'rest') AS c28, 'TEST' NOT IN ('west', 'rest') AS c29,
       TRUE OR FALSE AS l0, TRUE AND FALSE AS l1, NOT TRUE AS l2, TRUE IS FALSE AS l3, TRUE IS NOT FALSE AS l4, TRUE IS TRUE AS l5, TRUE IS NOT TRUE AS l6,
       NULLIF(TRUE,TRUE) IS UNKNOWN AS l7, NULLIF(TRUE,TRUE) IS NOT UNKNOWN AS l8;
