-- source: Flink SumWithRetractAggFunction / AvgAggFunction (retract keeps a count of non-NULL values: back to NULL when it reaches 0 while the group still has rows), MinWithRetractAggFunction / MaxWithRetractAggFunction, Count (COUNT(v) 0, COUNT(*) the rows), GroupAggFunction (a group whose rows are all retracted is deleted; a new row makes it new again); updating input as an upsert view by id (v = -1 stands for NULL); computed by hand
-- order: final
CREATE TABLE t (id INT, k STRING, v INT, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT k, NULLIF(v, -1) AS v
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(v) AS v, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT k, SUM(v) AS s, AVG(v) AS a, MIN(v) AS mn, MAX(v) AS mx, COUNT(v) AS cv, COUNT(*) AS c,
  SUM(DISTINCT v) AS sd, COUNT(DISTINCT v) AS cd, FIRST_VALUE(v) AS fv, LAST_VALUE(v) AS lv
FROM src GROUP BY k;
