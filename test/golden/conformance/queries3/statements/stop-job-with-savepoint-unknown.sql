-- source: Flink SQL gateway OperationExecutor#callStopJobOperation with WITH SAVEPOINT WITH DRAIN (stopWithSavepoint): 'Could not stop job %s with savepoint for operation %s.'
-- fail: Could not stop job 0000000000000000000000000000000a with savepoint for operation
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
STOP JOB '0000000000000000000000000000000a' WITH SAVEPOINT WITH DRAIN;
