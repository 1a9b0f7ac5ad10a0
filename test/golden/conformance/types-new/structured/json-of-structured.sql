-- source: Flink JsonGenerateUtils#createNodeTerm (`case ROW | STRUCTURED_TYPE` → an ObjectNode of the attributes in order, a NULL attribute as JSON null) used by JsonStringCallGen, JsonObjectCallGen and JsonArrayCallGen; keys sorted as Flink's JSON functions serialize them (SqlJsonUtils, as for ROW: conformance json cases)
SELECT JSON_STRING(OBJECT_OF('com.example.User', 'name', 'Bob', 'age', 42)) AS j,
       JSON_OBJECT('u' VALUE OBJECT_OF('com.example.User', 'name', CAST(NULL AS STRING), 'age', 7)) AS o,
       JSON_ARRAY(OBJECT_OF('com.example.P', 'x', 1.5)) AS a;
