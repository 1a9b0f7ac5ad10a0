-- source: Flink LiteralTest testStringLiterals: U&'>\263A<' (default escape backslash) and U&'>#263A<' UESCAPE '#' are '>☺<'
SELECT U&'>\263A<' AS c0,
       U&'>#263A<' UESCAPE '#' AS c1,
       U&'\0041\00e9' AS c2;
