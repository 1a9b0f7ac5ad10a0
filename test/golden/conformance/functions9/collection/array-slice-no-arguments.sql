-- source: Flink CollectionFunctionsITCase arraySliceTestCases: testSqlValidationError("ARRAY_SLICE()", "No match found for function signature ARRAY_SLICE().")
-- fail: No match found for function signature ARRAY_SLICE().
CREATE TABLE t (f0 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SLICE() FROM t;
