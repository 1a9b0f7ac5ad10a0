-- source: Flink PercentileAggFunctionITCase ("DecimalData value": DECIMAL(2, 1) input with a delete and an update leaves 3.0, 9.0, 5.0; PERCENTILE(f0, 0.1) is DOUBLE 3.4000000000000004), the changelog restated as an upsert view by id
-- order: final
CREATE TABLE t (id INT, f0 DECIMAL(2, 1), f1 STRING, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT f0, f1
FROM (SELECT id, LAST_VALUE(f0) AS f0, LAST_VALUE(f1) AS f1, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT PERCENTILE(f0, 0.1), f1 FROM src GROUP BY f1;
