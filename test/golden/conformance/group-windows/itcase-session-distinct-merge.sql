-- source: Flink GroupWindowITCase#testDistinctAggWithMergeOnEventTimeSessionGroupWindow, restated: rowtime (= a, watermark offset 10 ms) as a string column; the row at 4 merges [1, 7) with [8, 15)
-- order: any
CREATE TABLE MyTable (
  a BIGINT,
  b INT,
  c STRING,
  ts STRING,
  rowtime AS TO_TIMESTAMP(ts),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '0.01' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT c,
   COUNT(DISTINCT b),
   SESSION_END(rowtime, INTERVAL '0.005' SECOND)
FROM MyTable
GROUP BY c, SESSION(rowtime, INTERVAL '0.005' SECOND);
