-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (by default a row whose op code is not in the mapping fails the job with a TableRuntimeException) and Flink's FromChangelogTestPrograms#INVALID_OP_CODE ("Received invalid op code 'UNKNOWN'")
-- fail: Received invalid op code 'UNKNOWN'
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream);
