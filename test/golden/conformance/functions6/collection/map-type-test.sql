-- source: Flink MapTypeTest (testInputTypeGeneralization, testItem, testMapLiteral, testMapField, testMapOperations) on MapTypeTestBase's row (f0 NULL map, f1 empty, f2 {a=12, b=13}, f3 {12=a, 13=b}, f8/f9 {10=1, 20=2}, f10/f11 {1=[10, 100], 2=[20, 200]}); the JSON format reads string-keyed maps only, so the integer-keyed maps are CASTs of string-keyed columns (MAP to MAP casts key by key); map literal types from Calcite's MAP value constructor (NOT NULL map of the keys' / values' least restrictive types)
CREATE TABLE raw_t (f0 MAP<STRING, STRING>, f1 MAP<STRING, INT>, f2 MAP<STRING, INT>, f3 MAP<STRING, STRING>, f4 STRING, f5 INT, f6 ARRAY<DOUBLE>, f7 MAP<STRING, STRING>, f8 MAP<STRING, INT>, f9 MAP<STRING, INT>, f10 MAP<STRING, ARRAY<INT>>, f11 MAP<STRING, ARRAY<INT>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW t AS SELECT f0, f1, f2, CAST(f3 AS MAP<INT, STRING>) AS f3, f4, f5, f6, CAST(f7 AS MAP<INT, STRING>) AS f7, CAST(f8 AS MAP<BIGINT, INT>) AS f8, CAST(f9 AS MAP<BIGINT, INT>) AS f9, CAST(f10 AS MAP<INT, ARRAY<INT>>) AS f10, CAST(f11 AS MAP<INT, ARRAY<INT>>) AS f11 FROM raw_t;
SELECT
  MAP[CAST(1 AS DOUBLE), 'ABC'] AS g0,
  MAP[1, 1] AS l0,
  map[TRUE, TRUE] AS l1,
  MAP[MAP[1, 2], MAP[3, 4]] AS l2,
  map[1, NULLIF(1,1)] AS l3,
  MAP[1, CAST(2 AS BIGINT)] AS l4,
  MAP[DATE '1985-04-11', TIME '14:15:16'] AS l5,
  MAP[TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16'] AS l6,
  MAP[TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16.123'] AS l7,
  MAP[TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16.123456'] AS l8,
  MAP[CAST(2.0002 AS DECIMAL(5, 4)), CAST(2.0003 AS DECIMAL(5, 4))] AS l9,
  MAP['k1', CAST(1 AS DOUBLE)] AS l10
FROM t;
SELECT
  f0['map is null'] AS i0, f1['map is empty'] AS i1, f2['b'] AS i2, f3[1] AS i3, f3[12] AS i4, f2[f3[12]] AS i5,
  MAP[f4, f5] AS m0, MAP[f4, f1] AS m1, MAP[f2, f3] AS m2, MAP[f1['a'], f5] AS m3, f1 AS m4, f2 AS m5,
  f2['a'] AS m6, MAP[f4, f3]['foo'][13] AS m7
FROM t;
SELECT
  f1 = f2 AS c0, f3 = f7 AS c1, f5 = f2['a'] AS c2, f8 = f9 AS c3, f10 = f11 AS c4, f8 <> f9 AS c5, f10 <> f11 AS c6,
  CARDINALITY(f3) AS c7, f2['a'] IS NOT NULL AS c8, f2['a'] IS NULL AS c9, f2['c'] IS NOT NULL AS c10, f2['c'] IS NULL AS c11
FROM t;
