-- source: Flink SqlAnalyzeTableConverter: 'Column: %s does not exist in the table: %s.' with the ObjectIdentifier's serializable text
-- fail: Column: zz does not exist in the table: `default_catalog`.`default_database`.`t`.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS zz;
