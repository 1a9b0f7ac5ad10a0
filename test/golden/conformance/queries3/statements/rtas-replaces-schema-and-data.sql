-- source: Flink TableEnvironmentImpl#getModifyOperation(ReplaceTableAsOperation), non-atomic RTAS: the existing table is dropped, created with the query's schema (DESCRIBE shows the new columns) and filled by the query; docs 'REPLACE TABLE AS SELECT'; rows by hand
-- order: any
CREATE TABLE src (a INT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE r WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/r1', 'format' = 'json') AS SELECT a FROM src;
REPLACE TABLE r WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/r2', 'format' = 'json') AS SELECT s, a * 10 AS a10 FROM src;
DESCRIBE r;
SELECT * FROM r;
