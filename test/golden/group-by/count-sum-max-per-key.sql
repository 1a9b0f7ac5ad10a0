-- source: Flink GroupAggFunction emission (no mini-batch): +I first, nothing when unchanged, -U/+U otherwise, -D when a group empties; by hand
-- pk: k
-- parallelism: 1,4,2
CREATE TABLE t (
  k STRING,
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(*) AS c, SUM(i) AS s, MAX(i) AS mx FROM t GROUP BY k;
