-- source: Calcite SqlSumAggFunction (OperandTypes.NUMERIC; Flink runs without implicit coercion), SqlCallBinding#newValidationSignatureError
-- fail: 4:8 Cannot apply 'SUM' to arguments of type 'SUM(<VARCHAR(2147483647)>)'. Supported form(s): 'SUM(<NUMERIC>)'
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SUM(s) FROM t;
