-- source: Flink ListAggWithRetractAggFunction / ListAggWsWithRetractAggFunction (retract removes the first equal element, an update's new value goes last, NULLs skipped, an empty list is NULL, '' is a value), Flink's DistinctAggCodeGen (DISTINCT feeds a value to the aggregate on its first occurrence and retracts it when its count reaches 0), CollectAggFunction (MULTISET of counts, NULLs skipped, never NULL); updating input as an upsert view by id ('#' stands for NULL, del = TRUE deletes); computed by hand
-- order: final
CREATE TABLE t (id INT, k STRING, v STRING, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT k, NULLIF(v, '#') AS v
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(v) AS v, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT k,
  LISTAGG(v) AS l,
  LISTAGG(v, '|') AS lp,
  LISTAGG(DISTINCT v) AS ld,
  LISTAGG(v) FILTER (WHERE v <> 'x') AS lf,
  COLLECT(v) AS c,
  COLLECT(DISTINCT v) AS cd,
  COUNT(v) AS n,
  COUNT(*) AS s
FROM src GROUP BY k;
