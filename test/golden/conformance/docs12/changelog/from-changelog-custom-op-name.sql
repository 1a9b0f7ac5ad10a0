-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (Custom operation column name: source schema id INT, operation STRING, name STRING; op => DESCRIPTOR(operation)) and Flink's FromChangelogTestPrograms#CUSTOM_OP_NAME (its rows and result)
CREATE TABLE cdc_stream (id INT, operation STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream, op => DESCRIPTOR(operation));
