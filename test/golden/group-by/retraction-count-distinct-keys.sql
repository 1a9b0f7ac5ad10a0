-- source: Flink GroupAggFunction emission (no mini-batch): +I first, nothing when unchanged, -U/+U otherwise, -D when a group empties; by hand
-- order: strict
CREATE TABLE t (
  k STRING,
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) AS keys_seen FROM (SELECT k, COUNT(*) AS cnt FROM t GROUP BY k) WHERE cnt > 0;
