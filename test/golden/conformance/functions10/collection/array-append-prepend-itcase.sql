-- source: Flink CollectionFunctionsITCase arrayAppendTestCases / arrayArrayPrependTestCases (f0 [1, 2] ARRAY<INT>, f1 NULL ARRAY<INT>, f2 ['Hello', 'World'] ARRAY<STRING NOT NULL>): a NULL array gives NULL, a NULL element is added and makes the element type nullable, the array's type otherwise
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<STRING NOT NULL>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_APPEND(f0, NULL) AS a0,
       ARRAY_APPEND(f1, 1) AS a1,
       ARRAY_APPEND(f2, '!') AS a2,
       ARRAY_APPEND(f2, NULL) AS a3,
       ARRAY_PREPEND(f0, 1) AS p0,
       ARRAY_PREPEND(f1, 1) AS p1,
       ARRAY_PREPEND(f2, '!') AS p2,
       ARRAY_PREPEND(f2, NULL) AS p3
FROM t;
