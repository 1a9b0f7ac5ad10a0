-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (FROM_CHANGELOG's input 'Must be append-only'); Flink's FlinkChangelogModeInferenceProgram message for a node that takes inserts only
-- fail: doesn't support consuming update changes which is produced by node GroupAggregate
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => (SELECT op, COUNT(*) AS c FROM t GROUP BY op));
