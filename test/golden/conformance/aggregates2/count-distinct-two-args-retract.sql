-- source: Flink COUNT(DISTINCT a, b): a pair counts when neither is NULL (Count with several arguments), DistinctAggCodeGen keyed by the pair; changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, a INT, b STRING, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, a, b FROM (SELECT id, k, a, b, SUM(w) AS n FROM t GROUP BY id, k, a, b) WHERE n > 0;
SELECT k, COUNT(DISTINCT a, b) AS cd, COUNT(a) AS ca FROM src GROUP BY k;
