-- source: Flink StructuredFunctionsITCase objectOfTestCases (OBJECT_OF('…Type1', 'a', 42, 'b', 'Bob') is STRUCTURED(a INT NOT NULL, b CHAR(3) NOT NULL); nested OBJECT_OF; a class that does not exist still types as STRUCTURED<'not.existing.clazz', …>) and ObjectOfTypeStrategy (each attribute takes its value's type; DataTypes.STRUCTURED is nullable); text from StructuredType#asSummaryString and StructuredToStringCastRule ({a=42, b=Bob})
SELECT OBJECT_OF('com.example.Type1', 'a', 42, 'b', 'Bob') AS o1,
       OBJECT_OF('com.example.Nested', 'n1', OBJECT_OF('com.example.Type1', 'a', 42, 'b', 'Bob'), 'n2', OBJECT_OF('com.example.Type2', 'a', 15, 'b', 'Alice')) AS o2,
       OBJECT_OF('not.existing.clazz', 'a', 42, 'b', 'Bob') AS o3,
       OBJECT_OF('com.example.Empty') AS o4,
       TYPEOF(OBJECT_OF('not.existing.clazz', 'a', 42, 'b', CAST(NULL AS STRING))) AS t5,
       CAST(OBJECT_OF('not.existing.clazz', 'a', 42, 'b', CAST(NULL AS STRING)) AS STRING) AS s5;
