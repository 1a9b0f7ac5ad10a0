-- source: Flink TestData.tupleData3 with AggregateITCase-style queries; final tables as the ITCases expect, changelog by GroupAggFunction's rules
-- pk: c
CREATE TABLE T3 (
  a INT,
  b BIGINT,
  c STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SUM(b) AS sb, COUNT(a) AS ca, MAX(a) AS mx, MIN(a) AS mn, c FROM (SELECT a, b, COUNT(*) AS c FROM T3 GROUP BY a, b) GROUP BY c;
