-- source: Flink CorrelateValidationTest (SQL: "No match found for function signature func2(<CHARACTER>, <CHARACTER>)") and Calcite AssignableOperandTypeChecker.getAllowedSignatures (each argument as its type family: NUMERIC, CHARACTER, DATE); the name as the user wrote it
-- fail: 4:3 No match found for function signature myFunc(<NUMERIC>, <CHARACTER>, <DATE>)
SELECT
  myFunc(a, b, DATE '2020-01-01')
FROM (VALUES (1, 'x')) AS T(a, b);
