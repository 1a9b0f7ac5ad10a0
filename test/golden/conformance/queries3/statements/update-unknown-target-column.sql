-- source: Calcite SqlValidatorImpl#validateUpdate: RESOURCE.unknownTargetColumn at the SET target, before Flink's streaming refusal
-- fail: 4:14 Unknown target column 'q'
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
UPDATE t SET q = 1;
