-- source: Flink CollectionFunctionsITCase (arrayJoinTestCases)
CREATE TABLE t (
  a ARRAY<STRING>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_JOIN(a, '+', ' ') AS x, ARRAY_JOIN(a, '+') AS y, ARRAY_JOIN(a, '+', '') AS z FROM t;
