-- source: Flink ArrayTypeTest (testArrayIndexStaticCheckForSql): f2[0] fails 'Array element access needs an index starting at 1 but was 0.'
-- fail: 3:8 Array element access needs an index starting at 1 but was 0.
SELECT f0[0] AS c0
FROM (VALUES (1, CAST(ARRAY[1, 2, 3] AS ARRAY<INT NOT NULL>)),
             (2, CAST(NULL AS ARRAY<INT NOT NULL>))) AS T(k, f0)
WHERE k = 1;
