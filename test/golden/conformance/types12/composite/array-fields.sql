-- source: Flink ArrayTypeTest testArrayField / testReturnNullWhenArrayIndexOutOfBounds on ArrayTypeTestBase.testData (f2 INT primitive array, f5 array of primitive arrays)
CREATE TABLE t (f0 INT, f1 INT, f2 ARRAY<INT NOT NULL>, f3 ARRAY<DATE>, f4 ARRAY<ARRAY<INT>>, f5 ARRAY<ARRAY<INT NOT NULL>>, f6 ARRAY<INT>, f7 ARRAY<INT NOT NULL>, f8 ARRAY<DOUBLE NOT NULL>, f9 ARRAY<INT>, f10 ARRAY<INT>, f11 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY[f0, f1] AS c0,
       f2 AS c1,
       f3 AS c2,
       f5 AS c3,
       f6 AS c4,
       f2[1] AS c5,
       f3[1] AS c6,
       f3[2] AS c7,
       f5[1][2] AS c8,
       f5[2][2] AS c9,
       f4[2][2] AS c10,
       f11[1] AS c11,
       f2[4] AS c12,
       f11[4] AS c13
FROM t;
