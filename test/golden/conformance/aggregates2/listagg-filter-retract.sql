-- source: Flink LISTAGG with FILTER over a retracting input (ListAggWithRetractAggFunction; the filter decides for the retraction as for the accumulation); changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, v STRING, m INT, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v, m FROM (SELECT id, k, v, m, SUM(w) AS n FROM t GROUP BY id, k, v, m) WHERE n > 0;
SELECT k, LISTAGG(v, '-') FILTER (WHERE m > 1) AS lf, SUM(m) AS s FROM src GROUP BY k;
