-- source: Flink CollectionFunctionsITCase (arrayMaxTestCases: ARRAY_MAX of ARRAY<BOOLEAN> fails with "Invalid function call: ARRAY_MAX(ARRAY<BOOLEAN>)")
-- fail: 6:8 Invalid function call
CREATE TABLE t (
  a ARRAY<BOOLEAN>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MAX(a) AS m FROM t;
