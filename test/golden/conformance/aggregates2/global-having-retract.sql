-- source: Flink HAVING over a global aggregate (no GROUP BY) on a retracting input: a Calc after GroupAggFunction passes each change whose row satisfies the predicate, kinds unchanged; changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v FROM (SELECT id, k, v, SUM(w) AS n FROM t GROUP BY id, k, v) WHERE n > 0;
SELECT COUNT(*) AS c, SUM(v) AS s FROM src HAVING COUNT(*) > 1;
