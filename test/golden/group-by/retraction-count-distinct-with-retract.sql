-- source: Flink GroupAggFunction over a retracting input (the inner aggregate's -U/+U), with the retract-capable accumulators (MaxWithRetract, MinWithRetract, distinct MapView, ListAggWithRetract); by hand
-- order: strict
CREATE TABLE t (
  k STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(DISTINCT cnt) AS dc FROM (SELECT k, COUNT(*) AS cnt FROM t GROUP BY k);
