-- source: Flink 2.3 release notes (docs/content/release-notes/flink-2.3.md, FLIP-564: FROM_CHANGELOG's invalid_op_handling, FAIL / LOG / SKIP, controls rows with unmapped operation codes) and Flink's FromChangelog ITCase (invalid_op_handling => 'FAIL': Received invalid op code 'UNKNOWN'); LOG and SKIP drop the row, as error_handling => 'SKIP' does
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream, invalid_op_handling => 'SKIP');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream, invalid_op_handling => 'LOG');
