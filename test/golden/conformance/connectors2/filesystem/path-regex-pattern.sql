-- source: Flink FileSystemITCaseBase (partitioned write and read back, partition values from k=v directories) and the FileSystem connector docs; 'source.path.regex-pattern' matches the full path of each file; by hand
-- order: any
CREATE TABLE p (x INT, k STRING) PARTITIONED BY (k) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO p VALUES (1, 'keep'), (2, 'drop'), (3, 'keep');
CREATE TABLE only_keep (x INT, k STRING) PARTITIONED BY (k) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'source.path.regex-pattern' = '.*/k=keep/.*');
SELECT x, k FROM only_keep;
