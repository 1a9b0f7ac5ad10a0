-- source: Flink StructuredType#checkClassName (SourceVersion.isName: 'com.1example' has a part starting with a digit) when the DDL type STRUCTURED<'…', …> is built
-- fail: 3:27 Invalid class name 'com.1example.User'. The class name must comply with JVM identifier rules.
CREATE TABLE t (id INT, u STRUCTURED<'com.1example.User', name STRING>) WITH ('connector' = 'blackhole');
