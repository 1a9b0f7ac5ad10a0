-- source: Flink docs (GROUPING SETS / ROLLUP / CUBE): Expand then group aggregation, changelog per key; by hand
-- pk: k,s,gid,gs
CREATE TABLE t (
  k STRING,
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, s, GROUPING_ID(k, s) AS gid, GROUPING(s) AS gs, COUNT(*) AS c FROM t WHERE s IS NOT NULL GROUP BY GROUPING SETS ((k, s), (k), ());
