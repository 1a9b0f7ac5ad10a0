-- source: Calcite SqlValidatorImpl#validateAggregateParams: RESOURCE.aggregateInFilterIllegal() at the FILTER condition
-- fail: 4:34 FILTER must not contain aggregate expression
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(*) FILTER (WHERE COUNT(*) > 1) FROM t GROUP BY k;
