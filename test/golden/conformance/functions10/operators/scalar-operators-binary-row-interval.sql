-- source: Flink ScalarOperatorsTest testCompareOperator (f18 'hello world' > f19 'hello flink', f19 < f20 'who' though shorter; x'68656C6C6F20636F6465' vs x'68656C6C6F2063617374'), testFunctionWithBooleanExpression (IFNULL of comparisons and IS [NOT] TRUE/FALSE with f6 TRUE, f11 FALSE NOT NULL), testMoreEqualAndNonEqual (rows f30 ('abc', 'def'), intervals f31 = 2 days, f32 3 days, f33 2 days, f34 NULL: equality and its negation, NULL when an operand is NULL), testUnaryPlusMinus (f17 DECIMAL(19, 1) 10.0), testOtherExpressions (f13 ROW('foo', NULL) field tests), testTryCast; on ScalarOperatorsTestBase's row, restated through a json table (f18 read as VARBINARY, the json format has no fixed-length padding) and a view for the interval columns
CREATE TABLE t (f6 BOOLEAN, f11 BOOLEAN NOT NULL, f10 STRING, f13 ROW<f0 STRING, f1 STRING>, f17 DECIMAL(19, 1), f18 VARBINARY(200) NOT NULL, f19 VARBINARY(200) NOT NULL, f20 VARBINARY(200), f30 ROW<f0 STRING, f1 STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT *, INTERVAL '2' DAY AS f31, INTERVAL '3' DAY AS f32, INTERVAL '2' DAY AS f33, CAST(NULL AS INTERVAL DAY) AS f34 FROM t;
SELECT f18 > f19 AS b0, f18 >= f19 AS b1, f18 < f19 AS b2, f18 <= f19 AS b3, f18 = f18 AS b4, f19 < f20 AS b5,
       x'68656C6C6F20636F6465' < x'68656C6C6F2063617374' AS b6, x'68656C6C6F20636F6465' > x'68656C6C6F2063617374' AS b7,
       IFNULL(f18 > f19, false) AS i0, IFNULL(f18 < f19, true) AS i1, IFNULL((f6 is false) and f11, true) AS i2,
       IFNULL((f6 is true) or f11, false) AS i3, IFNULL(not f11, false) AS i4, IFNULL(f6 is not true, true) AS i5,
       IFNULL(f6 is not false, false) AS i6,
       f30 = ROW('abc', 'def') AS r0, f30 = ROW('abc', 'xyz') AS r1, f30 = NULL AS r2,
       f30 = CAST(NULL AS ROW<f0 STRING, f1 STRING>) AS r3, NOT(ROW('abc', 'xyz') = f30) AS r4,
       f31 = f33 AS d0, f31 = f32 AS d1, f31 = f34 AS d2, f31 = CAST(NULL AS INTERVAL DAY) AS d3, NOT(f32 = f31) AS d4, NOT(f34 = f31) AS d5,
       -f17 AS u0, +f17 AS u1,
       CASE WHEN f13.f1 IS NULL THEN 'a' ELSE 'b' END AS o0, f13 IS NULL AS o1, f13.f0 IS NOT NULL AS o2, f13.f1 IS NOT NULL AS o3,
       TRY_CAST('non-numeric' AS BIGINT) AS c0, TRY_CAST(f10 AS BIGINT) AS c1
FROM v;
