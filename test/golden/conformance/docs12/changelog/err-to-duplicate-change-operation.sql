-- source: Flink's ToChangelogTestPrograms#DUPLICATE_ROW_KIND and docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) ('Each change operation may appear at most once across all entries')
-- fail: Duplicate change operation: 'DELETE'
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TO_CHANGELOG(input => TABLE t, op_mapping => MAP['INSERT, DELETE', 'A', 'DELETE', 'B']);
