-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (TO_CHANGELOG: every change of a retract, upsert or insert-only table becomes an insert with its operation name; output [op, all input columns], op STRING) and Flink's ToChangelogTestPrograms#UPDATING_INPUT (its rows and result)
CREATE TABLE t (name STRING, score BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM TO_CHANGELOG(input => TABLE t);
