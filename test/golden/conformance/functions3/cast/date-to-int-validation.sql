-- source: Flink CastFunctionITCase: CAST(DATE AS INT) is failValidation, testSqlValidationError("CAST(f0 AS INT)", "Cast function cannot convert value of type "); the position is the CAST call's (Calcite's SqlValidatorException range)
-- fail: 4:8 Cast function cannot convert value of type
SELECT k,
       CAST(d AS INT) AS c0
FROM (VALUES (1, DATE '2021-09-24')) AS T(k, d);
