-- source: Flink StructuredFunctionsITCase objectOfTestCases (invalid: first argument is a STRING but NULL) and ObjectOfInputTypeStrategy
-- fail: 3:8 The first argument must be a non-nullable character string literal representing the class name.
SELECT OBJECT_OF(CAST(NULL AS STRING), 'a', '12', 'b', 'Alice') AS o;
