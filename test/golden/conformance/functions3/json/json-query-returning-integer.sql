-- source: Flink JsonFunctionsITCase jsonQuerySpec: testSqlValidationError("JSON_QUERY(f0, '$.n1' RETURNING INTEGER)", "for RETURNING in JSON_QUERY().") (JsonQueryCallGen: "Unsupported type 'INT' for RETURNING in JSON_QUERY().")
-- fail: 3:8 for RETURNING in JSON_QUERY().
SELECT JSON_QUERY(f0, '$.n1' RETURNING INTEGER) AS c0
FROM (VALUES (CAST('{ "a": "[1,2]", "b": [1,2]}' AS STRING))) AS T(f0);
