-- source: Calcite SqlOperator#checkOperandCount: RESOURCE.invalidArgCount
-- fail: 4:8 Invalid number of arguments to function 'SUM'. Was expecting 1 arguments
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SUM(v, v) FROM t;
