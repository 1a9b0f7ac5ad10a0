-- source: Flink RowTypeTest (testRowLiteral, testRowField, testRowOperations) on RowTypeTestBase's row; row constructor types from Calcite's SqlRowOperator (fields named EXPR$<i>, the row NOT NULL, each field keeps its own nullability)
CREATE TABLE t (f0 STRING, f1 INT, f2 ROW<f0 INT, f1 STRING, f2 BOOLEAN>, f3 ROW<f0 INT, f1 ROW<f0 INT, f1 STRING, f2 BOOLEAN>>, f4 ROW<f0 DATE, f1 DECIMAL(9, 8), f2 ARRAY<INT>>, f5 ROW<f0 STRING, f1 BOOLEAN>, f6 ROW<f0 STRING, f1 STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  row(1, 'foo', true) AS r0,
  ROW(DATE '1985-04-11', TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16', CAST(0.1 AS DECIMAL(2, 1)), ARRAY[1, 2, 3], MAP['foo', 'bar'], row(1, true)) AS r1,
  ROW(DATE '1985-04-11', TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16.123456', CAST(0.1 AS DECIMAL(2, 1)), ARRAY[1, 2, 3], MAP['foo', 'bar'], row(1, true)) AS r2,
  ROW(1 + 1, 2 * 3, NULLIF(1, 1)) AS r3,
  (1, 'foo', true) AS r4
FROM t;
SELECT row(f0, f1) AS f0, f2 AS f1, row(f2, f5) AS f2, f4 AS f3, row(f1, 'foo', true) AS f4, (f0, f1) AS f5, f5.f0 AS f6, f3.f1.f2 AS f7
FROM t;
