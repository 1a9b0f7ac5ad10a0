-- source: Flink DateMinWithRetractAggFunction / TimeMaxWithRetractAggFunction (DATE and TIME(0) keep their types); changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, d DATE, tm TIME(0), w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, d, tm FROM (SELECT id, k, d, tm, SUM(w) AS n FROM t GROUP BY id, k, d, tm) WHERE n > 0;
SELECT k, MIN(d) AS mnd, MAX(d) AS mxd, MIN(tm) AS mnt, MAX(tm) AS mxt FROM src GROUP BY k;
