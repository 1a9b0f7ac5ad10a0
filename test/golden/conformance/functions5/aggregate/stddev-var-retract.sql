-- source: Flink MathAggFunctionITCase ("retract": A only NULL, B's 0.27 deleted leaving a NULL row, D 0.27 0.28 0.29 with 0.28 deleted -> 0.01, 0.014142, 0.0001, 0.0002), the changelog restated as an upsert view by id (v = -1 stands for NULL); E updates 0.27 -> 0.3 beside 0.5, computed by hand (pop 0.1, samp 0.141421, var 0.01, 0.02)
-- order: final
CREATE TABLE t (id INT, k STRING, v DOUBLE, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT k AS f0, NULLIF(v, -1.0) AS f1
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(v) AS v, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT f0, ROUND(STDDEV_POP(f1), 6) AS sp, ROUND(STDDEV_SAMP(f1), 6) AS ss, ROUND(VAR_POP(f1), 6) AS vp, ROUND(VAR_SAMP(f1), 6) AS vs
FROM src GROUP BY f0;
