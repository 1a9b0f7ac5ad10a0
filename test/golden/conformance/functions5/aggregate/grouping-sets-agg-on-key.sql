-- source: SQL grouping-set semantics as Flink runs them (ExpandUtil keeps a copy of a grouping column that an aggregate call or FILTER also reads, so the Expand's NULL for a rolled-up key never reaches the aggregate): in the grand total COUNT(k) counts the 3 non-NULL k, MAX(k) is 'b', LISTAGG(k) lists them; computed by hand
-- order: final
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, GROUPING(k) AS g, COUNT(k) AS ck, MAX(k) AS mk, LISTAGG(k) AS lk, SUM(v) FILTER (WHERE k = 'a') AS sa, COUNT(*) AS c
FROM t GROUP BY ROLLUP(k);
