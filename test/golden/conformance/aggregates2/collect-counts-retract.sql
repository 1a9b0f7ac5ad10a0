-- source: Flink CollectAggFunction (a MapView of counts; MULTISET<T> NOT NULL; an entry leaves at count 0; NULLs skipped: {} not NULL); changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, v STRING, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v FROM (SELECT id, k, v, SUM(w) AS n FROM t GROUP BY id, k, v) WHERE n > 0;
SELECT k, COLLECT(v) AS c FROM src GROUP BY k;
