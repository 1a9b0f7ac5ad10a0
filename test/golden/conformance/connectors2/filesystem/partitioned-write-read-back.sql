-- source: Flink FileSystemITCaseBase (partitioned write and read back, partition values from k=v directories) and the FileSystem connector docs; by hand
-- order: any
CREATE TABLE p (x INT, y STRING, a INT, b STRING) PARTITIONED BY (a, b) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO p VALUES (1, 'a', 1, 'x'), (2, 'b', 1, 'y'), (3, 'c', 2, 'x'), (4, 'd', 2, CAST(NULL AS STRING));
SELECT x, y, a, b FROM p;
SELECT x, y FROM p WHERE a = 1;
