-- source: Flink GroupAggFunction emission (no mini-batch): +I first, nothing when unchanged, -U/+U otherwise, -D when a group empties; by hand
-- pk: uk
CREATE TABLE t (
  k STRING,
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UPPER(k) AS uk, COUNT(*) AS c FROM t GROUP BY UPPER(k);
