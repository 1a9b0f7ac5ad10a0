-- source: Flink MathFunctionsITCase (PLUS/MINUS/DIVIDE/TIMES/MOD/ROUND/TRUNCATE result types and values)
SELECT f0 + 6 AS p1,
       f0 + f0 AS p2,
       n0 - 6 AS m1,
       n0 - n0 AS m2,
       f0 / 6 AS d1,
       f0 / f0 AS d2,
       n0 * 6 AS t1,
       n0 * n0 AS t2,
       n1 * 3 AS t3,
       n2 * INTERVAL '3' SECOND(3) AS t4,
       MOD(n0, n0) AS o1,
       MOD(n0, 6) AS o2,
       MOD(n3, n4) AS o3,
       ROUND(r0, 2) AS r1,
       TRUNCATE(u0, 2) AS r2
FROM (SELECT f0, NULLIF(f0, 0) AS n0, NULLIF(CAST(INTERVAL '2' SECOND AS INTERVAL SECOND(3)), INTERVAL '0' SECOND) AS n1,
             NULLIF(2, 0) AS n2, NULLIF(CAST(44 AS BIGINT), 0) AS n3, NULLIF(3, 0) AS n4, r0, u0
      FROM (VALUES (CAST(1514356320000 AS DECIMAL(19, 0)), CAST(12345.12345 AS DECIMAL(10, 5)), CAST(123.456 AS DECIMAL(6, 3)))) AS T(f0, r0, u0));
