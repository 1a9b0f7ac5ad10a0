-- source: Flink CollectionFunctionsITCase arrayRemoveTestCases: testSqlValidationError("ARRAY_REMOVE(f0, TRUE)", "Invalid input arguments. Expected signatures are:\nARRAY_REMOVE(haystack <ARRAY>, needle <ARRAY ELEMENT>)")
-- fail: 4:8 ARRAY_REMOVE(haystack <ARRAY>, needle <ARRAY ELEMENT>)
CREATE TABLE t (f0 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_REMOVE(f0, TRUE) FROM t;
