-- source: Flink GroupAggFunction emission (no mini-batch): +I first, nothing when unchanged, -U/+U otherwise, -D when a group empties; by hand
-- pk: k
CREATE TABLE t (
  k STRING,
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(DISTINCT i) AS c FROM t WHERE s <> 'w' GROUP BY k;
