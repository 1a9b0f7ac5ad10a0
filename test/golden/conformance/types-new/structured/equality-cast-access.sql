-- source: Flink StructuredFunctionsITCase structuredTypeTestCases (a structured value equals the same value built by CAST of a ROW to STRUCTURED<'…', a INT, b STRING>, differs from another value; nesting) with f0 = 14, f1 = 'Bob'; LogicalTypeCasts (ROW ↔ STRUCTURED by position, STRUCTURED → STRING); attribute access `obj.a` as a row field (nullable when the object is nullable)
CREATE TABLE t (f0 INT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1) = CAST((14, 'Bob') AS STRUCTURED<'com.example.Type1', a INT, b STRING>) AS e1,
       OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1) = CAST((15, 'Alice') AS STRUCTURED<'com.example.Type1', a INT, b STRING>) AS e2,
       OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1) <> CAST((15, 'Alice') AS STRUCTURED<'com.example.Type1', a INT, b STRING>) AS e3,
       CAST((CAST((14, 'Bob') AS STRUCTURED<'com.example.Type1', a INT, b STRING>), CAST((15, 'Alice') AS STRUCTURED<'com.example.Type2', a INT, b STRING>)) AS STRUCTURED<'com.example.Nested', n1 STRUCTURED<'com.example.Type1', a INT, b STRING>, n2 STRUCTURED<'com.example.Type2', a INT, b STRING>>) AS n,
       OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1).b AS b,
       CAST(OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1) AS ROW<x BIGINT, y STRING>) AS r
FROM t;
