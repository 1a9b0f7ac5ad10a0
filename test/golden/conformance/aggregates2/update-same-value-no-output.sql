-- source: Flink GroupAggFunction: an upsert that repeats a row's values is dropped by the inner aggregation (equal result, no output), so the outer one sees nothing; the input is an upsert view (GROUP BY id, LAST_VALUE of each column: -U old / +U new per update, WHERE NOT del keeps the -U of a deleted row); changelog by hand with GroupAggFunction's rules (+I new key, nothing when unchanged, -U/+U, -D at row count 0)
CREATE TABLE t (id INT, k STRING, v INT, s STRING, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v, s FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(v) AS v, LAST_VALUE(s) AS s, LAST_VALUE(del) AS del FROM t GROUP BY id) WHERE NOT del;
SELECT k, SUM(v) AS s, COUNT(DISTINCT v) AS cd FROM src GROUP BY k;
