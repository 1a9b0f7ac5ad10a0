-- source: Flink CollectionFunctionsITCase arrayPositionTestCases: testSqlValidationError("ARRAY_POSITION(f0, TRUE)", "Invalid input arguments. Expected signatures are:\nARRAY_POSITION(haystack <ARRAY>, needle <ARRAY ELEMENT>)")
-- fail: 4:8 ARRAY_POSITION(haystack <ARRAY>, needle <ARRAY ELEMENT>)
CREATE TABLE t (f0 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_POSITION(f0, TRUE) FROM t;
