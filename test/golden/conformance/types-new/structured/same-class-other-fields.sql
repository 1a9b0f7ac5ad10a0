-- source: Flink StructuredFunctionsITCase structuredTypeTestCases: the same class name with other attributes is not comparable: "Cannot apply '=' to arguments"
-- fail: 3:8 Cannot apply '=' to arguments
SELECT CAST((14, 'Bob') AS STRUCTURED<'com.example.Type1', a INT, b STRING>) = CAST((TRUE, FALSE) AS STRUCTURED<'com.example.Type1', a BOOLEAN, b BOOLEAN>) AS e;
