-- source: Flink ObjectOfInputTypeStrategy#validateFieldNameArgument: "The field name '%s' at position %d is repeated."
-- fail: 3:8 The field name 'a' at position 4 is repeated.
SELECT OBJECT_OF('com.example.T', 'a', 1, 'a', 2) AS o;
