-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (error_handling => 'SKIP' silently drops rows whose op code is NULL or not in the mapping) and Flink's FromChangelogTestPrograms#SKIP_INVALID_OP_HANDLING / #SKIP_NULL_OP_CODE (their rows and results)
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream, error_handling => 'SKIP');
