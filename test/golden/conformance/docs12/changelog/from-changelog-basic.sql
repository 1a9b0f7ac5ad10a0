-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (FROM_CHANGELOG, Basic usage with standard op names: the input rows, the updating output and the table state after all events, | 1 | Alice2 |) and Flink's FromChangelogTestPrograms#RETRACT; output is the input columns without op
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream);
SELECT id, name FROM FROM_CHANGELOG(input => TABLE cdc_stream) WHERE id > 0;
