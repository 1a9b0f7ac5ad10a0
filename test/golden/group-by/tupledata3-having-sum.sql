-- source: Flink TestData.tupleData3 with AggregateITCase-style queries; final tables as the ITCases expect, changelog by GroupAggFunction's rules
-- pk: b
CREATE TABLE T3 (
  a INT,
  b BIGINT,
  c STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, SUM(a) AS s FROM T3 GROUP BY b HAVING SUM(a) > 20;
