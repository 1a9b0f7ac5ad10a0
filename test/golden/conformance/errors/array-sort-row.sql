-- source: Flink CollectionFunctionsITCase (arraySortTestCases: ARRAY_SORT(f2, true) on ARRAY<ROW<BOOLEAN, DATE>> fails with "Invalid function call: ARRAY_SORT(ARRAY<ROW<…>>, BOOLEAN NOT NULL)")
-- fail: 6:8 Invalid function call
CREATE TABLE t (
  a ARRAY<ROW<b BOOLEAN, d DATE>>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SORT(a, TRUE) AS s FROM t;
