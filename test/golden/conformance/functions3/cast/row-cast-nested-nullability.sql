-- source: Flink CastFunctionMiscITCase "explicit with nested rows and implicit nullability change": CAST(f0 AS ROW<r ROW<s STRING NOT NULL, b BOOLEAN, i INT>, s STRING>) of a nullable ROW<r ROW<i1 INT, i2 INT, i3 INT>, s STRING> gives ((12, TRUE, NULL), Hello) typed ROW<r ROW<s STRING, b BOOLEAN, i INT>, s STRING> (the inner NOT NULL is ignored)
SELECT CAST(f0 AS ROW<r ROW<s STRING NOT NULL, b BOOLEAN, i INT>, s STRING>) AS c0
FROM (VALUES (CAST(ROW(ROW(12, 42, NULL), 'Hello') AS ROW<r ROW<i1 INT, i2 INT, i3 INT>, s STRING>)),
             (CAST(NULL AS ROW<r ROW<i1 INT, i2 INT, i3 INT>, s STRING>))) AS T(f0);
