-- source: Calcite validates DELETE's WHERE against the target table before Flink's streaming refusal (SqlValidatorImpl#validateDelete: column not found)
-- fail: 4:26 Column 'zz' not found
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
DELETE FROM t AS x WHERE zz = 1;
