-- source: Flink CollectionFunctionsITCase (arrayPositionTestCases, arrayContainsTestCases): ARRAY_POSITION(f0, NULL) is NULL even with NULL elements; ARRAY_CONTAINS(f4, NULL) is TRUE
CREATE TABLE t (
  a ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_POSITION(a, 2) AS p, ARRAY_POSITION(a, CAST(NULL AS INT)) AS pn, ARRAY_CONTAINS(a, CAST(NULL AS INT)) AS cn, ARRAY_POSITION(a, 7) AS p0 FROM t;
