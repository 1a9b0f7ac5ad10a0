-- source: Flink MapFunctionITCase mapTestCases (NOT NULL fields f0..f3 = 1..4, f4/f5 DECIMAL(10, 4) 1.2345/1.2346, f6 TRUE; dates 1985-11-04/2018-07-26, times 17:18:19/14:15:16) and mapKeysTestCases (MAP_KEYS of MAP[CAST(NULL AS BOOLEAN), …] is ARRAY<BOOLEAN> NOT NULL [NULL])
SELECT MAP[f0, f1] AS m1,
       MAP[f4, f5] AS m2,
       MAP[f0 + f1, f2 * f2, f2 - f1, f3 - f0] AS m3,
       MAP[f0, CAST(f1 AS BIGINT), f2, CAST(f3 AS BIGINT)] AS m4,
       MAP[f6, f6] AS m5,
       MAP[f0, CAST(f1 AS DOUBLE), f2, CAST(f3 AS FLOAT)] AS m6,
       MAP[MAP[f0, f1], MAP[f2, f3]] AS m7,
       MAP[d1, t1, d2, t2] AS m8,
       MAP[t1, ts1, t2, ts2] AS m9,
       MAP_KEYS(MAP[CAST(NULL AS BOOLEAN), CAST('item' AS STRING)]) AS k1
FROM (VALUES (1, 2, 3, 4, CAST(1.2345 AS DECIMAL(10, 4)), CAST(1.2346 AS DECIMAL(10, 4)), TRUE,
                     DATE '1985-11-04', DATE '2018-07-26', TIME '17:18:19', TIME '14:15:16',
                     CAST(TIMESTAMP '1985-11-04 17:18:19' AS TIMESTAMP(6)), CAST(TIMESTAMP '2018-07-26 14:15:16' AS TIMESTAMP(6))))
     AS T(f0, f1, f2, f3, f4, f5, f6, d1, d2, t1, t2, ts1, ts2);
