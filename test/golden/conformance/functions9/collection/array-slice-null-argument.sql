-- source: Flink CollectionFunctionsITCase arraySliceTestCases: testSqlValidationError("ARRAY_SLICE(null)", "Illegal use of 'NULL'")
-- fail: Illegal use of 'NULL'
CREATE TABLE t (f0 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SLICE(null) FROM t;
