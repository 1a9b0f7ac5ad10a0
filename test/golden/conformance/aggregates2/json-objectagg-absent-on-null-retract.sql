-- source: Flink JsonObjectAggFunction (accumulate: the duplicate-key check, then ABSENT ON NULL skips a NULL value; retract: map.remove(key) whatever the value, so retracting ('A', NULL) removes the member ('A', 1) put); changelog by hand with GroupAggFunction's rules; the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0
CREATE TABLE t (id INT, k STRING, jk STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, jk, v FROM (SELECT id, k, jk, v, SUM(w) AS n FROM t GROUP BY id, k, jk, v) WHERE n > 0;
SELECT k, JSON_OBJECTAGG(KEY jk VALUE v ABSENT ON NULL) AS j, COUNT(*) AS c FROM src GROUP BY k;
