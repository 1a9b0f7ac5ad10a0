-- source: Flink ArrayTypeTest (testReturnNullWhenArrayIndexOutOfBounds, testArrayField): an index past the end is NULL, element access is nullable
SELECT f0[1] AS c0,
       f0[4] AS c1,
       ARRAY[ARRAY[1, 2, 3], NULL][2][2] AS c2
FROM (VALUES (1, CAST(ARRAY[1, 2, 3] AS ARRAY<INT NOT NULL>)),
             (2, CAST(NULL AS ARRAY<INT NOT NULL>))) AS T(k, f0)
WHERE k = 1;
