-- source: Flink ArrayAggFunctionITCase ("ARRAY changelog stream aggregation": INSERT A 1, A 2, B 2, B 2, B 3, C 3, C NULL, D NULL, E 4, E 5, DELETE E 5, UPDATE E 4 -> 6), the changelog restated as an upsert view by id (v = -1 stands for NULL, del = TRUE deletes); array_agg(f1) and array_agg(DISTINCT f1 IGNORE NULLS) typed ARRAY<INT>
-- order: final
CREATE TABLE t (id INT, k STRING, v INT, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT k AS f0, NULLIF(v, -1) AS f1
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(v) AS v, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT f0, array_agg(f1) FROM src GROUP BY f0;
SELECT f0, array_agg(DISTINCT f1 IGNORE NULLS) FROM src GROUP BY f0;
SELECT f0, ARRAY_AGG(f1 RESPECT NULLS) AS r FROM src GROUP BY f0;
