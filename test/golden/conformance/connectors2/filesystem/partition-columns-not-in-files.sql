-- source: Flink FileSystemITCaseBase (partitioned write and read back, partition values from k=v directories) and the FileSystem connector docs; partition columns live in the directory names only; by hand
-- order: any
CREATE TABLE p (x INT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv');
INSERT INTO p VALUES (1, '2020-01-01'), (2, '2020-01-02');
CREATE TABLE raw_lines (line STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'csv', 'csv.field-delimiter' = '\u0001', 'csv.disable-quote-character' = 'true');
SELECT line FROM raw_lines;
