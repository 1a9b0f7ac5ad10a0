-- source: Flink RowTypeTest testRowField / testRowOperations on RowTypeTestBase.testData (f4.f1 DECIMAL(9, 8) 0.00000000)
CREATE TABLE t (f0 STRING, f1 INT, f2 ROW<f0 INT, f1 STRING, f2 BOOLEAN>, f3 ROW<f0 INT, f1 ROW<f0 INT, f1 STRING, f2 BOOLEAN>>, f4 ROW<f0 DATE, f1 DECIMAL(9, 8), f2 ARRAY<INT>>, f5 ROW<f0 STRING, f1 BOOLEAN>, f6 ROW<f0 STRING, f1 STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT row(f0, f1) AS c0,
       f2 AS c1,
       row(f2, f5) AS c2,
       f4 AS c3,
       row(f1, 'foo', true) AS c4,
       f5.f0 AS c5,
       f3.f1.f2 AS c6,
       f6 AS c7
FROM t;
