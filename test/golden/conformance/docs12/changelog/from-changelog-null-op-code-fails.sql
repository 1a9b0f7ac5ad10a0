-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (a NULL op code fails the job by default) and Flink's FromChangelogTestPrograms#NULL_OP_CODE ("Received NULL op code")
-- fail: Received NULL op code
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream);
