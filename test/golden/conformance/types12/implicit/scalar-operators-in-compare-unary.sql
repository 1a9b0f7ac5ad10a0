-- source: Flink ScalarOperatorsTest testIn (IN over INT, DECIMAL against DECIMAL literals of other scales, strings, NULL string, DATE, DOUBLE against DECIMAL columns), testCompareOperator (binary strings compare bytewise, a shorter greater one is greater; X literals), testUnaryPlusMinus on ScalarOperatorsTestBase.testData (BINARY(200) columns read as VARBINARY(200), the JSON format does not pad); session zone UTC
SET 'table.local-time-zone' = 'UTC';
CREATE TABLE t (f0 TINYINT, f1 SMALLINT, f2 INT, f3 BIGINT, f4 FLOAT, f5 DOUBLE, f7 DOUBLE, f10 STRING, f13 ROW<f0 STRING, f1 STRING>, f14 STRING, f15 DATE, f16 DECIMAL(19, 8), f17 DECIMAL(19, 1), f18 VARBINARY(200), f19 VARBINARY(200), f20 VARBINARY(200), f21 TIME, f22 TIMESTAMP(6), f23 TIMESTAMP_LTZ(6), f24 ARRAY<STRING>, f25 MAP<STRING, INT>, f30 ROW<f0 STRING, f1 STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f2 IN (1, 2, 42) AS c0,
       CAST (f0 AS DECIMAL) IN (42.0, 2.00, 3.01, 1.000000) AS c1,
       f10 IN ('This is a test String.', 'String', 'Hello world', 'Comment#1') AS c2,
       f14 IN ('This is a test String.', 'String', 'Hello world') AS c3,
       f15 IN (DATE '1996-11-10') AS c4,
       f15 IN (DATE '1996-11-10', DATE '1996-11-11') AS c5,
       f7 IN (f16, f17) AS c6,
       f18 > f19 AS c7,
       f18 >= f19 AS c8,
       f18 < f19 AS c9,
       f18 <= f19 AS c10,
       f18 = f18 AS c11,
       f19 < f20 AS c12,
       x'68656C6C6F20636F6465' < x'68656C6C6F2063617374' AS c13,
       x'68656C6C6F20636F6465' > x'68656C6C6F2063617374' AS c14,
       -f0 AS c15,
       +f1 AS c16,
       -f2 AS c17,
       -f3 AS c18,
       -f4 AS c19,
       +f5 AS c20,
       -f17 AS c21,
       +f17 AS c22
FROM t;
