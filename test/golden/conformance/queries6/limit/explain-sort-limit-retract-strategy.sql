-- source: Flink StreamPhysicalSortLimit#explainTerms (orderBy, offset, fetch, strategy: RankProcessStrategy's text) and RankProcessStrategy#analyzeRankProcessStrategies: over an updating input whose sort key is not monotonic (MAX ascending) the RetractStrategy, over an insert-only input the AppendFastStrategy
-- match: contains
CREATE TABLE t (a INT, b BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN SELECT b, MAX(a) AS mx FROM t GROUP BY b ORDER BY mx LIMIT 2;
EXPLAIN SELECT a FROM t ORDER BY a LIMIT 2;
