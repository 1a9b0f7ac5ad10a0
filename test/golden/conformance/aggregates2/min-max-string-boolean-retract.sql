-- source: Flink StringMinWithRetractAggFunction (BinaryStringData order: UTF-8 bytes, 'B' < 'a' < 'ab'), BooleanMinWithRetractAggFunction (FALSE < TRUE); changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, s STRING, b BOOLEAN, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, s, b FROM (SELECT id, k, s, b, SUM(w) AS n FROM t GROUP BY id, k, s, b) WHERE n > 0;
SELECT k, MIN(s) AS mns, MAX(s) AS mxs, MIN(b) AS mnb, MAX(b) AS mxb FROM src GROUP BY k;
