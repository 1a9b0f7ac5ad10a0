-- source: Flink StructuredFunctionsITCase objectOfTestCases (invalid: field name is not a string literal) and ObjectOfInputTypeStrategy
-- fail: 3:8 The field key at position 2 must be a non-nullable character string literal.
SELECT OBJECT_OF('com.example.Type1', CAST(NULL AS STRING), 42, 'b', 'Bob') AS o;
