-- source: Flink docs (GROUPING SETS / ROLLUP / CUBE): Expand then group aggregation, changelog per key; by hand
-- pk: k,s
CREATE TABLE t (
  k STRING,
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, s, COUNT(*) AS c FROM t WHERE s IS NOT NULL GROUP BY ROLLUP (k, s);
