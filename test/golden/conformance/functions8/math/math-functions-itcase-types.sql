-- source: Flink MathFunctionsITCase (DECIMAL(19, 0) f0 = 1514356320000 NOT NULL, or nullable as NULLIF(f0, 0); BIGINT 44, INT 3, INT 2; INTERVAL SECOND(3) 2 s): result types from LogicalTypeMerging (+ - : DECIMAL(20, 0); / by INT: DECIMAL(30, 11); / by itself DECIMAL(38, 19); * INT: DECIMAL(30, 0); * itself DECIMAL(38, 0); MOD(DECIMAL, INT) is INT; ROUND/TRUNCATE with literal digits)
SELECT f0 + 6 AS c0,
       f0 + f0 AS c1,
       NULLIF(f0, 0) - 6 AS c2,
       NULLIF(f0, 0) - NULLIF(f0, 0) AS c3,
       f0 / 6 AS c4,
       f0 / f0 AS c5,
       NULLIF(f0, 0) * 6 AS c6,
       NULLIF(f0, 0) * NULLIF(f0, 0) AS c7,
       iv * 3 AS c8,
       i2 * INTERVAL '3' SECOND(3) AS c9,
       MOD(NULLIF(f0, 0), NULLIF(f0, 0)) AS c10,
       MOD(NULLIF(f0, 0), 6) AS c11,
       MOD(NULLIF(f1, 0), NULLIF(f2, 0)) AS c12,
       ROUND(r0, 2) AS c13,
       TRUNCATE(t0, 2) AS c14,
       SHIFTLEFT(s0, 2) AS c15,
       SHIFTRIGHT(s0, 2) AS c16
FROM (VALUES (CAST(1514356320000 AS DECIMAL(19, 0)), CAST(44 AS BIGINT), 3, INTERVAL '2' SECOND, CAST(12345.12345 AS DECIMAL(10, 5)), CAST(123.456 AS DECIMAL(6, 3)), CAST(123456 AS BIGINT), 2)) AS T(f0, f1, f2, iv, r0, t0, s0, i2);
