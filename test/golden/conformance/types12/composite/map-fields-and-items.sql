-- source: Flink MapTypeTest testItem / testMapField on MapTypeTestBase.testData (f1 empty map, f2 {a=12, b=13}, f3 {12=a, 13=b}, f4 foo, f5 12)
CREATE TABLE t (f0 MAP<STRING, STRING>, f1 MAP<STRING, INT>, f2 MAP<STRING, INT>, f4 STRING, f5 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TEMPORARY VIEW v AS SELECT f0, f1, f2, CAST(MAP[12, 'a', 13, 'b'] AS MAP<INT, STRING>) AS f3, f4, f5,
  CAST(MAP[12, 'a', 13, 'b'] AS MAP<INT, STRING>) AS f7, CAST(MAP[10, 1, 20, 2] AS MAP<BIGINT, INT>) AS f8, CAST(MAP[10, 1, 20, 2] AS MAP<BIGINT, INT>) AS f9,
  CAST(MAP[1, ARRAY[10, 100], 2, ARRAY[20, 200]] AS MAP<INT, ARRAY<INT>>) AS f10, CAST(MAP[1, ARRAY[10, 100], 2, ARRAY[20, 200]] AS MAP<INT, ARRAY<INT>>) AS f11 FROM t;
SELECT f0['map is null'] AS c0,
       f1['map is empty'] AS c1,
       f2['b'] AS c2,
       f3[1] AS c3,
       f3[12] AS c4,
       f2[f3[12]] AS c5,
       MAP[f4, f5] AS c6,
       MAP[f4, f1] AS c7,
       MAP[f2, f3] AS c8,
       MAP[f1['a'], f5] AS c9,
       f1 AS c10,
       f2 AS c11,
       f2['a'] AS c12,
       MAP[f4, f3]['foo'][13] AS c13
FROM v;
