-- source: Flink TableEnvironmentImpl#executeInternal(AnalyzeTableOperation) and AnalyzeTableITCase (streaming): 'ANALYZE TABLE is not supported for streaming mode now' after the converter's checks pass
-- fail: ANALYZE TABLE is not supported for streaming mode now
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ANALYZE TABLE t COMPUTE STATISTICS FOR ALL COLUMNS;
