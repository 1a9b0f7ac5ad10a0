-- source: Flink DecimalAvgAggFunction: DECIMAL(12, 8) keeps scale 8 (max(6, s)), DECIMAL(38, 8); HALF_UP rounding of 0.00000001 / 3 and 0.00000002 / 3; changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, v DECIMAL(12, 8), w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v FROM (SELECT id, k, v, SUM(w) AS n FROM t GROUP BY id, k, v) WHERE n > 0;
SELECT k, AVG(v) AS av, SUM(v) AS s FROM src GROUP BY k;
