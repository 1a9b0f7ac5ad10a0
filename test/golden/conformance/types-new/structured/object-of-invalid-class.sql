-- source: Flink StructuredType#checkClassName (DataTypes.STRUCTURED(className, …) from ObjectOfTypeStrategy): the class name must be a JVM name (SourceVersion.isName: 'class' is a keyword)
-- fail: 3:8 Invalid class name 'com.example.class'. The class name must comply with JVM identifier rules.
SELECT OBJECT_OF('com.example.class', 'a', 1) AS o;
