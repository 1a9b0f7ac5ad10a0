-- source: Calcite SqlAvgAggFunction (OperandTypes.NUMERIC), SqlCallBinding#newValidationSignatureError
-- fail: 4:11 Cannot apply 'AVG' to arguments of type 'AVG(<BOOLEAN>)'. Supported form(s): 'AVG(<NUMERIC>)'
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, AVG(b) FROM t GROUP BY k;
