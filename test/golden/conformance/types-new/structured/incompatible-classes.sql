-- source: Flink StructuredFunctionsITCase structuredTypeTestCases: '=' between structured types of different class names fails validation with "Incompatible structured types"
-- fail: 3:8 Incompatible structured types
SELECT CAST((14, 'Bob') AS STRUCTURED<'com.example.Type1', a INT, b STRING>) = CAST((14, 'Bob') AS STRUCTURED<'com.example.Type2', a INT, b STRING>) AS e;
