-- source: Flink LiteralTest (testFieldWithBooleanPrefix, testNonAsciiLiteral, testStringLiterals): identifiers starting with TRUE/FALSE are fields, boolean literals are case-insensitive, string literals keep newlines / backslashes as written ('' quotes a quote), U& literals with the default and a custom UESCAPE; literal types CHAR(n) NOT NULL (CHAR(0) for the empty literal), || of two CHARs a CHAR of the summed length
CREATE TABLE t (trUeX STRING, FALSE_A STRING, FALSE_AB STRING, f4 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT trUeX, FALSE_A, FALSE_AB, trUe AS t1, FALSE AS f1, f4 LIKE '%测试%' AS l1, 'Абвгде' || '谢谢' AS c1 FROM t;
SELECT '>
<' AS s0, '>☺<' AS s1, '>\<' AS s2, '>''<' AS s3, ' ' AS s4, '' AS s5, '>foo([\w]+)<' AS s6, '>\''
<' AS s7, 'It''s me.' AS s8, U&'>\263A<' AS s9, U&'>#263A<' UESCAPE '#' AS s10, '>\\<' AS s11 FROM t;
