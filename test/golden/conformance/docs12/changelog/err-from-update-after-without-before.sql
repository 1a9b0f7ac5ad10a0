-- source: Flink's FromChangelogTypeStrategy#validateOpMapping and docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (this version requires full update images: UPDATE_BEFORE and UPDATE_AFTER)
-- fail: The 'op_mapping' must include UPDATE_BEFORE for retract mode
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE t, op_mapping => MAP['c', 'INSERT', 'u', 'UPDATE_AFTER']);
