-- source: Flink CollectionFunctionsITCase arrayMinTestCases: testSqlValidationError("ARRAY_MIN(f5)" with f5 ARRAY<MAP<INT, STRING>>, "SQL validation failed. Invalid function call:\nARRAY_MIN(ARRAY<MAP<INT, STRING>>)"); the json format reads only string map keys, so the column is ARRAY<MAP<STRING, STRING>>
-- fail: 4:8 ARRAY_MIN(ARRAY<MAP<STRING, STRING>>)
CREATE TABLE t (f5 ARRAY<MAP<STRING, STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MIN(f5) FROM t;
