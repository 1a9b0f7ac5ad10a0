-- source: Flink CollectionFunctionsITCase arrayDistinctTestCases: first occurrences in order, one NULL kept, rows compared by value; the array type (and nullability) of the argument
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<INT>, f3 ARRAY<STRING> NOT NULL, f4 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_DISTINCT(f0) AS d0,
       ARRAY_DISTINCT(f1) AS d1,
       ARRAY_DISTINCT(f2) AS d2,
       ARRAY_DISTINCT(f3) AS d3,
       ARRAY_DISTINCT(f4) AS d4
FROM t;
