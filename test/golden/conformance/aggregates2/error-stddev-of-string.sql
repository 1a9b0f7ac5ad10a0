-- source: Calcite SqlStdOperatorTable.STDDEV (its own operator, OperandTypes.NUMERIC), SqlCallBinding#newValidationSignatureError
-- fail: 4:8 Cannot apply 'STDDEV' to arguments of type 'STDDEV(<VARCHAR(2147483647)>)'. Supported form(s): 'STDDEV(<NUMERIC>)'
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT STDDEV(s) FROM t;
