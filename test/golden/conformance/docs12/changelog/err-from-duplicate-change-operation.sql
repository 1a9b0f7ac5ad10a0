-- source: Flink's FromChangelogTypeStrategy#validateOpMappingValues and docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) ('Each change operation may appear at most once across all entries')
-- fail: Duplicate change operation: 'INSERT'. Use comma-separated keys
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE t, op_mapping => MAP['c', 'INSERT', 'r', 'INSERT']);
