-- source: Calcite SqlValidatorImpl (RESOURCE.disallowsNullTreatment: only aggregates with allowsNullTreatment — FIRST_VALUE, LAST_VALUE, ARRAY_AGG — take IGNORE NULLS / RESPECT NULLS), as Flink's validator runs it
-- fail: Cannot specify IGNORE NULLS or RESPECT NULLS following 'SUM'
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
SELECT k, SUM(v IGNORE NULLS) FROM t GROUP BY k;
