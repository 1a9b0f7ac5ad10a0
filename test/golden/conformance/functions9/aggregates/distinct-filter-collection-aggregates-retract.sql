-- source: by hand: the changelog of an upsert view by id (LAST_VALUE per id, del = TRUE deletes; as functions5/aggregate/array-agg-changelog) aggregated with retractions; final table: LISTAGG(DISTINCT) retracts a value when its last copy goes (ListAggWithRetractAggFunction removes it from the list), FILTER applies to retractions too, COLLECT(DISTINCT) and ARRAY_AGG / JSON_ARRAYAGG remove the retracted element (ListView#remove, first occurrence), COUNT(DISTINCT) FILTER counts the remaining distinct filtered values
-- pk: k
-- order: final
CREATE TABLE t (id INT, k STRING, v INT, s STRING, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT k, v, s
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(v) AS v, LAST_VALUE(s) AS s, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT k, LISTAGG(DISTINCT s) AS a, LISTAGG(s, '|') FILTER (WHERE v > 1) AS b, COLLECT(DISTINCT v) AS c, ARRAY_AGG(v) FILTER (WHERE v IS NOT NULL) AS d, JSON_ARRAYAGG(s) AS e, COUNT(DISTINCT s) FILTER (WHERE v > 1) AS g FROM src GROUP BY k;
