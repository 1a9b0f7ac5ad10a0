-- source: Flink CollectionFunctionsITCase arrayPositionTestCases (f0 [NULL, 1, 2, 2, NULL] NOT NULL, f1 NULL, f2 rows, f3 [[1, NULL, 3], [0], [1]], f4 maps; the JSON format reads string-keyed maps only, so the map keys are strings here): 1-based position of the first match, 0 when absent, NULL for a NULL needle; INT, NOT NULL only when both arguments are
CREATE TABLE t (f0 ARRAY<INT> NOT NULL, f1 ARRAY<INT>, f2 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>, f3 ARRAY<ARRAY<INT>>, f4 ARRAY<MAP<STRING, STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_POSITION(f0, 2) AS p0,
       ARRAY_POSITION(f0, NULL) AS p1,
       ARRAY_POSITION(f1, 2) AS p2,
       ARRAY_POSITION(f2, (TRUE, DATE '1990-10-14')) AS p3,
       ARRAY_POSITION(f3, ARRAY[0, 1]) AS p4,
       ARRAY_POSITION(f4, MAP['3', 'c', '4', 'd']) AS p5
FROM t;
