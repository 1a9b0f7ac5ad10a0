-- source: Flink ByteAvgAggFunction (sum in BIGINT so 100 + 100 does not wrap; result TINYINT); SMALLINT and BIGINT keep their type too; changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, ti TINYINT, s SMALLINT, b BIGINT, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, ti, s, b FROM (SELECT id, k, ti, s, b, SUM(w) AS n FROM t GROUP BY id, k, ti, s, b) WHERE n > 0;
SELECT k, AVG(ti) AS avt, AVG(s) AS asm, AVG(b) AS ab FROM src GROUP BY k;
