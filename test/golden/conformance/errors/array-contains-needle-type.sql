-- source: Flink CollectionFunctionsITCase (ARRAY_CONTAINS(f0, TRUE) on ARRAY<INT> fails validation: "Invalid input arguments. Expected signatures are: ARRAY_CONTAINS(haystack <ARRAY>, needle <ARRAY ELEMENT>)")
-- fail: 6:8 Invalid input arguments
CREATE TABLE t (
  a ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_CONTAINS(a, TRUE) AS c FROM t;
