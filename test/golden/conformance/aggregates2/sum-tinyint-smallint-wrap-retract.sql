-- source: Flink ByteSumWithRetractAggFunction / ShortSumWithRetractAggFunction (sum in the argument type, Java byte/short wrap-around; result TINYINT / SMALLINT); changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, ti TINYINT, s SMALLINT, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, ti, s FROM (SELECT id, k, ti, s, SUM(w) AS n FROM t GROUP BY id, k, ti, s) WHERE n > 0;
SELECT k, SUM(ti) AS st, SUM(s) AS ss FROM src GROUP BY k;
