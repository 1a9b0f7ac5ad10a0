-- source: Flink FileSystemTableSource metadata (file.size BIGINT NOT NULL, file.name STRING NOT NULL) and the FileSystem connector docs; by hand (the input file is 22 bytes; empty lines are skipped)
-- order: strict
CREATE TABLE t (a INT, fsize BIGINT NOT NULL METADATA FROM 'file.size', fname STRING NOT NULL METADATA FROM 'file.name' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, fsize, fname LIKE '%.input.jsonl' AS name_ok FROM t;
