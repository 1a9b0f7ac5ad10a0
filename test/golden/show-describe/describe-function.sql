-- source: Flink sql-client function.q (DESCRIBE FUNCTION, FLIP-465: 'system function' / 'temporary' as true/false text; a catalog function adds class name, function language, resource uris); by hand
DESCRIBE FUNCTION `SUM`;
CREATE FUNCTION my_upper AS 'com.example.Upper';
CREATE TEMPORARY SYSTEM FUNCTION my_lower AS 'com.example.Lower' LANGUAGE SCALA;
DESC FUNCTION my_upper;
DESCRIBE FUNCTION my_lower;
