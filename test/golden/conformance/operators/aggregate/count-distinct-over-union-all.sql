-- source: Flink AggregateITCase#testCountDistinctWithBinaryRowSource (expected 1,1,50 1,ALL,50)
-- order: final
CREATE TABLE src (a STRING, b STRING, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  a,
  b,
  COUNT(distinct c) as uv
FROM (
  SELECT
    a, b, c, d
  FROM
    src where b <> ''
  UNION ALL
  SELECT
    a, 'ALL' as b, c, d
  FROM
    src where b <> ''
) t
GROUP BY
  a, b;
