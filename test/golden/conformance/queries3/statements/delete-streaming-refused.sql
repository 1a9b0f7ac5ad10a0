-- source: Flink TableEnvironmentImpl#executeInternal(List<ModifyOperation>): a row-level DELETE in streaming mode fails '%s statement is not supported for streaming mode now.' (DeleteTableITCase streaming)
-- fail: DELETE statement is not supported for streaming mode now.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
DELETE FROM t WHERE a = 1;
