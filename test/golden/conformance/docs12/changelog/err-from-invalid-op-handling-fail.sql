-- source: Flink's FromChangelog ITCase (invalid_op_handling => 'FAIL' fails the job with "Received invalid op code 'UNKNOWN'"), FLIP-564's parameter name in the Flink 2.3 release notes
-- fail: Received invalid op code 'UNKNOWN'
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream, invalid_op_handling => 'FAIL');
