-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (Custom operation column name: op => DESCRIPTOR(operation)) and Flink's ToChangelogTestPrograms#CUSTOM_OP_NAME and #INSERT_ONLY_INPUT (an insert-only input gives op INSERT)
CREATE TABLE t (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TO_CHANGELOG(input => TABLE t, op => DESCRIPTOR(operation));
SELECT * FROM TO_CHANGELOG(input => TABLE t);
