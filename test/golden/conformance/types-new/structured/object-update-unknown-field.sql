-- source: Flink StructuredFunctionsITCase objectUpdateTestCases (invalid: name of the field to update is not in the structured type) and ObjectUpdateInputTypeStrategy
-- fail: 4:8 The field name 'someRandomName' at position 2 is not part of the structured type attributes. Available attributes: [a, b].
CREATE TABLE t (f0 INT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT OBJECT_UPDATE(OBJECT_OF('com.example.Type1', 'a', f0, 'b', f1), 'someRandomName', 16) AS u FROM t;
