-- source: Flink TableEnvironmentImpl#getModifyOperation(ReplaceTableAsOperation) with isCreateOrReplace: a missing table is simply created (no 'to be replaced doesn't exist' error) and filled; docs 'CREATE OR REPLACE TABLE'; rows by hand
-- order: any
CREATE TABLE src (a INT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE OR REPLACE TABLE r WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/r', 'format' = 'json') AS SELECT a, UPPER(s) AS u FROM src WHERE a > 1;
SELECT * FROM r;
