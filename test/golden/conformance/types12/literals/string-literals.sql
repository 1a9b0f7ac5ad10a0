-- source: Flink LiteralTest testStringLiterals / testNonAsciiLiteral / testFieldWithBooleanPrefix (values; a string literal is CHAR(n) NOT NULL, n its length in characters; the empty literal CHAR(0))
SELECT '>\<' AS c0,
       '>''<' AS c1,
       ' ' AS c2,
       '' AS c3,
       '>foo([\w]+)<' AS c4,
       'It''s me.' AS c5,
       '>☺<' AS c6,
       'Абвгде' || '谢谢' AS c7,
       trUe AS c8,
       FALSE AS c9;
