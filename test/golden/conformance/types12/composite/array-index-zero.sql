-- source: Flink ArrayTypeTest testArrayIndexStaticCheckForSql ("Array element access needs an index starting at 1 but was 0.")
-- fail: 3:8 Array element access needs an index starting at 1 but was 0.
SELECT f2[0] AS x FROM (VALUES (ARRAY[1, 2, 3])) AS T(f2);
