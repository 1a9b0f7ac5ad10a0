-- source: Flink StreamPhysicalSortLimit#explainTerms with RankProcessStrategy.UpdateFastStrategy's text (UpdateFastStrategy[0]: the upsert key's field indexes), and FlinkChangelogModeInferenceProgram: the UpdateFastStrategy needs no update-before, so the GroupAggregate under it is [I,UA]
-- match: contains
CREATE TABLE T (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN CHANGELOG_MODE SELECT a, max(b) FROM T GROUP BY a ORDER BY a LIMIT 2;
