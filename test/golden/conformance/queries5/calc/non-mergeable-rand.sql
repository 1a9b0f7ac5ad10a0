-- source: Flink CalcITCase#testNonMergeableRandCall (TestData.smallTupleData3; r + 7 - (r + 5) with r = RAND() computed once per row, the projections not merged into two RAND calls; expected 2.0 three times)
CREATE TABLE SimpleTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b - a FROM (
  SELECT r + 5 AS a, r + 7 AS b FROM (
    SELECT RAND() AS r FROM SimpleTable
  ) t1
) t2;
