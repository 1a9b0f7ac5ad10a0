-- source: Flink TruncateTableOperation#execute and TruncateTableITCase (streaming): 'TRUNCATE TABLE statement is not supported in streaming mode.'
-- fail: TRUNCATE TABLE statement is not supported in streaming mode.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
TRUNCATE TABLE t;
