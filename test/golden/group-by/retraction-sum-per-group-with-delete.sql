-- source: Flink GroupAggFunction over a retracting input (the inner aggregate's -U/+U), with the retract-capable accumulators (MaxWithRetract, MinWithRetract, distinct MapView, ListAggWithRetract); by hand
-- pk: cnt
CREATE TABLE t (
  k STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT cnt, SUM(cnt) AS total, COUNT(k) AS n FROM (SELECT k, COUNT(*) AS cnt FROM t GROUP BY k) GROUP BY cnt;
