-- source: Flink BuiltInFunctionDefinitions.GREATEST (input strategy comparable(…, StructuredComparison.FULL); TypeInferenceUtil's "Invalid function call" for a refused call): TIMESTAMP and SMALLINT are not comparable (found by the SQL fuzz test: an internal cast error before)
-- fail: 3:8 Invalid function call
SELECT LEAST(TIMESTAMP '1970-01-01 00:00:00', CAST(-32768 AS SMALLINT)) AS l;
