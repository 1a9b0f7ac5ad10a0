-- source: Calcite SqlFilterOperator#validateCall: RESOURCE.filterNonAggregate() at the call
-- fail: 4:8 FILTER must be applied to aggregate function
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UPPER(s) FILTER (WHERE v > 1) FROM t;
