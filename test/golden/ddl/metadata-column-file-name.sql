-- source: Flink docs (FileSystem connector: available metadata file.name); by hand
CREATE TABLE t (
  a INT,
  fname STRING NOT NULL METADATA FROM 'file.name' VIRTUAL
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, fname FROM t;
