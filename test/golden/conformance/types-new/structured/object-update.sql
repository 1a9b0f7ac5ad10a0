-- source: Flink StructuredFunctionsITCase objectUpdateTestCases (update all fields, one field, a nested object, to NULL, a NULL object gives NULL; the updated attribute takes the new value's type: b CHAR(3) → CHAR(5)) and ObjectUpdateTypeStrategy / ObjectUpdateFunction; f0 = 42, f1 = 'Bob' as in the ITCase
CREATE TABLE t (f0 INT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT OBJECT_UPDATE(OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1), 'a', 16, 'b', 'Alice') AS u1,
       OBJECT_UPDATE(OBJECT_OF('com.example.Type1', 'a', 42, 'b', 'Bob'), 'b', 'Alice') AS u2,
       OBJECT_UPDATE(OBJECT_OF('com.example.Nested', 'n1', OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1), 'n2', OBJECT_OF('com.example.Type2', 'a', 15, 'b', 'Alice')), 'n1', OBJECT_OF('com.example.Type1', 'a', 16, 'b', 'UpdatedBob')) AS u3,
       OBJECT_UPDATE(OBJECT_OF('com.example.Type1', 'a', 42, 'b', 'Bob'), 'b', CAST(NULL AS STRING)) AS u4,
       OBJECT_UPDATE(CAST(NULL AS STRUCTURED<'com.example.Type1', a INT, b STRING>), 'a', 16, 'b', 'Alice') AS u5
FROM t;
