-- source: Flink CollectionFunctionsITCase (arrayJoinTestCases: ARRAY_JOIN(f5, '+') on ARRAY<INT> fails with "Invalid input arguments. Expected signatures are: ARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>) …")
-- fail: 6:8 Invalid input arguments
CREATE TABLE t (
  a ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_JOIN(a, '+') AS j FROM t;
