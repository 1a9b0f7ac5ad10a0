-- source: Flink MinWithRetractAggFunction / MaxWithRetractAggFunction (a map of value counts; retracting the current extreme falls back to the next one; a group whose rows are all retracted is deleted), types STRING (BinaryStringData compares UTF-8 bytes: U+1F600 > U+FF21 > U+00E9), BOOLEAN, DATE, TIMESTAMP(3), DECIMAL, INT; updating input as an upsert view by id ('#' stands for NULL); computed by hand
-- order: final
CREATE TABLE t (id INT, k STRING, s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP(3), m DECIMAL(10, 2), i INT, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT k, NULLIF(s, '#') AS s, b, dt, ts, m, i
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(s) AS s, LAST_VALUE(b) AS b, LAST_VALUE(dt) AS dt, LAST_VALUE(ts) AS ts,
        LAST_VALUE(m) AS m, LAST_VALUE(i) AS i, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT k, MIN(s) AS mins, MAX(s) AS maxs, MIN(b) AS minb, MAX(b) AS maxb, MIN(dt) AS mind, MAX(dt) AS maxd,
  MIN(ts) AS mint, MAX(ts) AS maxt, MIN(m) AS minm, MAX(m) AS maxm, MIN(i) AS mini, MAX(i) AS maxi
FROM src GROUP BY k;
