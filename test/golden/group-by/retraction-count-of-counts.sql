-- source: Flink GroupAggFunction emission (no mini-batch): +I first, nothing when unchanged, -U/+U otherwise, -D when a group empties; by hand (retract input: the inner changelog drives the outer aggregate)
-- pk: cnt
-- parallelism: 1,4,2
CREATE TABLE t (
  k STRING,
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT cnt, COUNT(*) AS freq FROM (SELECT k, COUNT(*) AS cnt FROM t GROUP BY k) GROUP BY cnt;
