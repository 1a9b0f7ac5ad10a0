-- source: Flink GroupAggFunction keyed by a NULL grouping value (one group for NULL, deleted when its rows are retracted); SUM(DISTINCT) of DECIMAL keeps DECIMAL(38, s); changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, v DECIMAL(6, 2), w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v FROM (SELECT id, k, v, SUM(w) AS n FROM t GROUP BY id, k, v) WHERE n > 0;
SELECT k, COUNT(*) AS c, SUM(DISTINCT v) AS sd, SUM(v) AS s FROM src GROUP BY k;
