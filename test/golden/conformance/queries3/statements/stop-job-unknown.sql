-- source: Flink SQL gateway OperationExecutor#callStopJobOperation: 'Could not stop job %s %s for operation %s.' when the cluster cannot cancel the job (no savepoint: the %s between is empty)
-- fail: Could not stop job 00000000000000000000000000000000  for operation
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
STOP JOB '00000000000000000000000000000000';
