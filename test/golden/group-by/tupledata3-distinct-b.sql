-- source: Flink TestData.tupleData3 with AggregateITCase-style queries; final tables as the ITCases expect, changelog by GroupAggFunction's rules
-- order: strict
CREATE TABLE T3 (
  a INT,
  b BIGINT,
  c STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DISTINCT b FROM T3;
