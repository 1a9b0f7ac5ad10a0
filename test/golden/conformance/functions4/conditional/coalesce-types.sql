-- source: Flink CoalesceFunctionITCase typePromotion / constants / lazyEvaluation (LEAST_RESTRICTIVE type, NOT NULL when any operand is NOT NULL; a non-null operand skips the rest, so 1 / 0 after it never runs)
CREATE TABLE t (i0 INT, i1 INT, ti0 TINYINT, ti1 TINYINT, ts0 TIMESTAMP(0), ts1 TIMESTAMP(0), d0 DECIMAL(5, 2), d1 DECIMAL(5, 2), m0 INTERVAL MONTH, b0 BIGINT, k INT, z INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COALESCE(i0, i1, CAST(2 AS BIGINT)) AS a,
       COALESCE(ti0, ti1, 42) AS b,
       COALESCE(ts0, ts1, CAST(TIMESTAMP '2026-01-01 00:00:00.123' AS TIMESTAMP(3))) AS c,
       COALESCE(d0, d1, CAST(9876543.21 AS DECIMAL(10, 2))) AS d,
       COALESCE(d0, d1, CAST(4.5678 AS DECIMAL(10, 4))) AS e,
       COALESCE(b0, i0) AS f,
       COALESCE(i1, k / z) AS g,
       COALESCE(i0, i1, k / z) AS h
FROM t;
