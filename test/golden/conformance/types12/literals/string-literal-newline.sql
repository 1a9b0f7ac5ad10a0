-- source: Flink LiteralTest testStringLiterals (a literal spanning a line break keeps the newline)
SELECT '>
<' AS c0, '>\''
<' AS c1;
