-- source: Flink SqlTumbleTableFunction.OperandMetadataImpl (checkIntervalOperands fails: Calcite's SqlCallBinding#newValidationSignatureError at the TUMBLE call, operand types upper-cased, the allowed signature from getAllowedSignatures)
-- fail: 4:21 Cannot apply 'TUMBLE' to arguments of type 'TUMBLE(<RECORDTYPE(VARCHAR(2147483647) K, INTEGER V, TIMESTAMP(3) *ROWTIME* ROWTIME)>, <COLUMN_LIST>, <INTEGER>)'
CREATE TABLE t (k STRING, v INT, rowtime TIMESTAMP(3), WATERMARK FOR rowtime AS rowtime) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), 5));
