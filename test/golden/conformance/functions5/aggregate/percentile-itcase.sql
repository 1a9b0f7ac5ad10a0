-- source: Flink PercentileAggFunctionITCase ("Double value": A insert-only; B and C with deletes and an update, restated as an upsert view by id; single and multiple percentages, with and without frequency — a NULL or non-positive frequency row is skipped; an empty percentage array gives NULL), result types DOUBLE and ARRAY<DOUBLE> as the test asserts
-- order: final
CREATE TABLE t (id INT, f0 DOUBLE, f1 INT, f2 STRING, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT f0, f1, f2
FROM (SELECT id, LAST_VALUE(f0) AS f0, LAST_VALUE(f1) AS f1, LAST_VALUE(f2) AS f2, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT PERCENTILE(f0, 0.5), PERCENTILE(f0, 0.3), PERCENTILE(f0, 0.5, f1), f2 FROM src GROUP BY f2;
SELECT PERCENTILE(f0, ARRAY[0.9, 0.7, 0.3, 1.0]), PERCENTILE(f0, ARRAY[0.9, 0.7, 0.3, 1.0], f1), PERCENTILE(f0, ARRAY_REMOVE(ARRAY[0.0], 0.0)), f2 FROM src GROUP BY f2;
