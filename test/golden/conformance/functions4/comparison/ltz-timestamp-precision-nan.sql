-- source: Flink ComparisonFunctionITCase (session time zone GMT-08:00; f0 TIMESTAMP_LTZ(3) of epoch 1.123 s, f1 TIMESTAMP_LTZ(0) of 1 s, f2 TIMESTAMP(3) 1969-12-31 16:00:01.123 (its local time), g2 one second earlier: comparisons adjust to the higher precision and compare TIMESTAMP with TIMESTAMP_LTZ in the session zone; NaN is not equal to itself)
SET 'table.local-time-zone' = 'GMT-08:00';
CREATE TABLE t (a BIGINT, b BIGINT, ts TIMESTAMP(3), ts2 TIMESTAMP(3), s STRING NOT NULL, d DOUBLE NOT NULL, n DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0 = f1 AS e1,
       f1 = f0 AS e2,
       f0 = f2 AS e3,
       f2 = f0 AS e4,
       f1 = f2 AS e5,
       f2 = f1 AS e6,
       f0 > f1 AS g1,
       f1 > f0 AS g2,
       f0 > g2 AS g3,
       g2 > f0 AS g4,
       f0 < f1 AS l1,
       f1 < f0 AS l2,
       f0 < g2 AS l3,
       g2 < f0 AS l4,
       CAST(s AS DOUBLE) = CAST(s AS DOUBLE) AS n1,
       CAST(s AS DOUBLE) >= CAST(s AS DOUBLE) AS n2,
       CAST(s AS DOUBLE) <= CAST(s AS DOUBLE) AS n3,
       CAST(s AS DOUBLE) <> CAST(s AS DOUBLE) AS n4,
       CAST(s AS DOUBLE) > CAST(s AS DOUBLE) AS n5,
       CAST(s AS DOUBLE) < CAST(s AS DOUBLE) AS n6,
       CAST(s AS FLOAT) = CAST(s AS FLOAT) AS n7,
       d >= d AS n8,
       n = n AS n9
FROM (SELECT TO_TIMESTAMP_LTZ(a, 3) AS f0, CAST(TO_TIMESTAMP_LTZ(b, 3) AS TIMESTAMP_LTZ(0)) AS f1, ts AS f2, ts2 AS g2, s, d, n FROM t) AS x;
