-- source: Flink TableEnvironmentImpl#executeInternal(List<ModifyOperation>) and UpdateTableITCase (streaming): 'UPDATE statement is not supported for streaming mode now.'
-- fail: UPDATE statement is not supported for streaming mode now.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
UPDATE t SET s = 'uaa', a = a * a WHERE a >= 1;
