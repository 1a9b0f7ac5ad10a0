-- source: Calcite's SqlJsonObjectAggAggFunction (Flink's JSON_OBJECTAGG_NULL_ON_NULL in FlinkSqlOperatorTable) checks its operands with OperandTypes.family(CHARACTER, ANY): a key that is not a character string fails validation with Calcite's signature error; found by the SQL fuzz test (Eddy ran it and printed the key as [object Object])
-- fail: 3:8 Cannot apply 'JSON_OBJECTAGG_NULL_ON_NULL' to arguments of type
SELECT JSON_OBJECTAGG(KEY TIMESTAMP '2020-01-01 00:00:00.123456789' VALUE x) FROM (VALUES (1), (2)) AS t(x);
