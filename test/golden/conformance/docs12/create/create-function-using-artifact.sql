-- source: Flink 2.3 release notes (docs/content/release-notes/flink-2.3.md, FLIP-559: the USING clause of CREATE FUNCTION accepts ARTIFACT as an alternative to JAR, both may be mixed in one statement; the example CREATE FUNCTION my_func AS 'com.example.MyUdf' USING ARTIFACT 's3://bucket/path/my-udf.jar'); the functions are then listed by SHOW USER FUNCTIONS, sorted
CREATE FUNCTION my_func AS 'com.example.MyUdf'
  USING ARTIFACT 's3://bucket/path/my-udf.jar';
SHOW USER FUNCTIONS;
CREATE FUNCTION f2 AS 'com.example.F' USING ARTIFACT 'file:///a.jar', JAR 'file:///b.jar';
SHOW USER FUNCTIONS;
