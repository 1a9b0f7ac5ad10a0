-- source: Flink docs (GROUP_ID: 0 for the first occurrence of a grouping set); group aggregation changelog by hand
-- pk: k
CREATE TABLE t (
  k STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, GROUP_ID() AS g, COUNT(*) AS c FROM t GROUP BY k;
