-- source: Flink SqlListAggFunction (OperandTypes.or(CHARACTER, sequence('LISTAGG(<CHARACTER>, <CHARACTER_LITERAL>)', CHARACTER, and(CHARACTER, LITERAL)))): a column separator fails the operand check
-- fail: 4:11 Cannot apply 'LISTAGG' to arguments of type 'LISTAGG(<VARCHAR(2147483647)>, <VARCHAR(2147483647)>)'. Supported form(s): 'LISTAGG(<CHARACTER>)'
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, LISTAGG(s, k) FROM t GROUP BY k;
