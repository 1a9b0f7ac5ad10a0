-- source: Calcite SqlValidatorImpl#validateAggregateParams: RESOURCE.nestedAggIllegal, reported at the outer call ('SUM(2 * MAX(x))' … 'we'll report the error for the SUM')
-- fail: 4:11 Aggregate expressions cannot be nested
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, SUM(2 * MAX(v)) FROM t GROUP BY k;
