-- source: Flink CollectionFunctionsITCase arraySliceTestCases: testSqlValidationError("ARRAY_SLICE(1)", "No match found for function signature ARRAY_SLICE(<NUMERIC>).")
-- fail: No match found for function signature ARRAY_SLICE(<NUMERIC>).
CREATE TABLE t (f0 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SLICE(1) FROM t;
