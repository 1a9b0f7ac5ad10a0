-- source: Flink PartitionPathUtils#escapePathName / generatePartitionPath and the FileSystem connector docs ('partition.default-name' for NULL and blank values, RowDataPartitionComputer isNullOrWhitespaceOnly); the directory name read back through the file.path metadata column; by hand
-- order: any
CREATE TABLE p (x INT, k STRING) PARTITIONED BY (k) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json', 'partition.default-name' = 'NONE');
INSERT INTO p VALUES (1, 'a/b'), (2, 'c=d'), (3, CAST(NULL AS STRING)), (4, ''), (5, 'plain'), (6, '  ');
CREATE TABLE q (x INT, fpath STRING NOT NULL METADATA FROM 'file.path') WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
SELECT x, REGEXP_EXTRACT(fpath, '/(k=[^/]*)/', 1) AS dir FROM q;
