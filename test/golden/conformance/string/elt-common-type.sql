-- source: Flink StringFunctionsITCase (eltTestCases: ELT(1, 'scala', 'java') is VARCHAR(5) NOT NULL, ELT(2, 'a', 'b') is CHAR(1) NOT NULL)
CREATE TABLE t (
  i INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ELT(1, 'scala', 'java') AS a, ELT(2, 'a', 'b') AS b FROM t;
