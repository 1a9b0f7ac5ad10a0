-- source: Flink ArrayAggFunction (retract removes the first equal element of the list; the updated count is appended): x=1 ends as [1, 2]
-- order: final
CREATE TABLE T (x INT, y STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT x, y, NULLIF(COUNT(*), 0) AS c FROM T GROUP BY x, y;
SELECT x, ARRAY_AGG(c) AS cs FROM v GROUP BY x;
