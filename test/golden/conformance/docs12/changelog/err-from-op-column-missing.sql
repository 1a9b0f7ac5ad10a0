-- source: Flink's FromChangelogTypeStrategy#validateOpColumn and docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) ('The column must exist in the input table and be of type STRING')
-- fail: The op column 'operation' does not exist in the input schema.
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE t, op => DESCRIPTOR(operation));
