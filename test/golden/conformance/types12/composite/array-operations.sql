-- source: Flink ArrayTypeTest testArrayOperations (CARDINALITY, ELEMENT of a one-element / empty / NULL array, array equality) on ArrayTypeTestBase.testData
CREATE TABLE t (f0 INT, f1 INT, f2 ARRAY<INT NOT NULL>, f3 ARRAY<DATE>, f4 ARRAY<ARRAY<INT>>, f5 ARRAY<ARRAY<INT NOT NULL>>, f6 ARRAY<INT>, f7 ARRAY<INT NOT NULL>, f8 ARRAY<DOUBLE NOT NULL>, f9 ARRAY<INT>, f10 ARRAY<INT>, f11 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CARDINALITY(f2) AS c0,
       CARDINALITY(f4) AS c1,
       CARDINALITY(f11) AS c2,
       ELEMENT(f9) AS c3,
       ELEMENT(f8) AS c4,
       ELEMENT(f10) AS c5,
       ELEMENT(f4) AS c6,
       ELEMENT(f11) AS c7,
       f2 = f5[1] AS c8,
       f6 = ARRAY[1, 2, 3] AS c9,
       f2 <> f5[1] AS c10,
       f2 = f7 AS c11,
       f2 <> f7 AS c12,
       f11 = f11 AS c13,
       f11 = f9 AS c14,
       f11 <> f9 AS c15
FROM t;
