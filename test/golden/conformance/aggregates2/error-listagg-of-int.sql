-- source: Flink SqlListAggFunction (OperandTypes.CHARACTER; no implicit coercion)
-- fail: 4:8 Cannot apply 'LISTAGG' to arguments of type 'LISTAGG(<INTEGER>)'
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT LISTAGG(v) FROM t;
