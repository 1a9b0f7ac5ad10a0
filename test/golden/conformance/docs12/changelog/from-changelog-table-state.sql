-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (FROM_CHANGELOG Basic usage: "Table state after all events: | 1 | Alice2 |"), compared as the materialised table
-- order: final
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream);
