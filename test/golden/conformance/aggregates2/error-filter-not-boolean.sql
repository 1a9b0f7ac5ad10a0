-- source: Calcite SqlFilterOperator#validateCall: RESOURCE.condMustBeBoolean("FILTER") at the condition
-- fail: 4:31 FILTER clause must be a condition
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FILTER (WHERE v) FROM t;
