-- source: Flink MapTypeTest testMapOperations on MapTypeTestBase.testData (map equality, item access, CARDINALITY, IS [NOT] NULL of a missing key)
CREATE TABLE t (f0 MAP<STRING, STRING>, f1 MAP<STRING, INT>, f2 MAP<STRING, INT>, f4 STRING, f5 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TEMPORARY VIEW v AS SELECT f0, f1, f2, CAST(MAP[12, 'a', 13, 'b'] AS MAP<INT, STRING>) AS f3, f4, f5,
  CAST(MAP[12, 'a', 13, 'b'] AS MAP<INT, STRING>) AS f7, CAST(MAP[10, 1, 20, 2] AS MAP<BIGINT, INT>) AS f8, CAST(MAP[10, 1, 20, 2] AS MAP<BIGINT, INT>) AS f9,
  CAST(MAP[1, ARRAY[10, 100], 2, ARRAY[20, 200]] AS MAP<INT, ARRAY<INT>>) AS f10, CAST(MAP[1, ARRAY[10, 100], 2, ARRAY[20, 200]] AS MAP<INT, ARRAY<INT>>) AS f11 FROM t;
SELECT f1 = f2 AS c0,
       f3 = f7 AS c1,
       f5 = f2['a'] AS c2,
       f8 = f9 AS c3,
       f10 = f11 AS c4,
       f8 <> f9 AS c5,
       f10 <> f11 AS c6,
       CARDINALITY(f3) AS c7,
       f2['a'] IS NOT NULL AS c8,
       f2['a'] IS NULL AS c9,
       f2['c'] IS NOT NULL AS c10,
       f2['c'] IS NULL AS c11
FROM v;
