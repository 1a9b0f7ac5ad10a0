-- source: Flink PruneAggregateCallITCase#testEmptyGroupKey (SELECT 1 FROM (SELECT SUM(a), COUNT(*) FROM MyTable) t: the retract sink ends with the one row 1; an aggregate without keys keeps one call)
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT 1 FROM (SELECT SUM(a), COUNT(*) FROM MyTable) t;
