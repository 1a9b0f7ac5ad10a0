-- source: Flink ConstructedAccessFunctionsITCase (FieldAccessFromTable, AT): f[1] and m['k'] are nullable, row['nested'] is typed as row.nested
SELECT f0[1] AS c0,
       f1['nested'] AS c1,
       f2['nested'] AS c2,
       f3['nested'] AS c3,
       f3.nested AS c4
FROM (VALUES (1, CAST(ARRAY[1] AS ARRAY<BIGINT NOT NULL>), CAST(MAP['nested', 1] AS MAP<STRING, BIGINT NOT NULL>), CAST(NULL AS ROW<nested BIGINT NOT NULL>), CAST(ROW(1) AS ROW<nested BIGINT NOT NULL>)),
             (2, CAST(ARRAY[1] AS ARRAY<BIGINT NOT NULL>), CAST(MAP['nested', 1] AS MAP<STRING, BIGINT NOT NULL>), CAST(NULL AS ROW<nested BIGINT NOT NULL>), CAST(ROW(1) AS ROW<nested BIGINT NOT NULL>))) AS T(k, f0, f1, f2, f3)
WHERE k = 1;
