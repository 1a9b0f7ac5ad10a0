-- source: Flink FileSystemITCaseBase (partition values are typed from the directory text: INT and DATE partition keys) and the FileSystem connector docs; by hand
-- order: any
CREATE TABLE p (x INT, n INT, d DATE) PARTITIONED BY (n, d) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv');
INSERT INTO p VALUES (1, 10, DATE '2020-01-01'), (2, 20, DATE '2020-01-02');
SELECT x, n + 1 AS n1, d FROM p;
SELECT x FROM p WHERE d = DATE '2020-01-02';
