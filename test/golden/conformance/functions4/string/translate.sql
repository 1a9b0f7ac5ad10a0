-- source: Flink StringFunctionsITCase translateTestCases (f0 NULL, f1 www.apache.org, f2 empty, f3 翻译test，测试, f4 www.😀.org)
CREATE TABLE t (f0 STRING, f1 STRING, f2 STRING, f3 STRING, f4 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRANSLATE(f0, 'abc', '123') AS a1,
       TRANSLATE(f1, f0, '123') AS a2,
       TRANSLATE(f1, 'abc', f0) AS a3,
       TRANSLATE(f2, 'abc', '123') AS a4,
       TRANSLATE(f1, f2, '123') AS a5,
       TRANSLATE(f1, 'abc', f2) AS a6,
       TRANSLATE(f1, 'abcde', '123') AS a7,
       TRANSLATE(f1, 'abcde.', '123') AS a8,
       TRANSLATE(f1, 'abc', '12345') AS a9,
       TRANSLATE(f1, 'abcae', '12345') AS a10,
       TRANSLATE(f1, '...', '123') AS a11,
       TRANSLATE(f1, 'ABCDE', '12345') AS a12,
       TRANSLATE(f3, '翻译测试test，', '测试翻译tset。') AS a13,
       TRANSLATE(f3, '翻译测试test，', 'test翻译  ') AS a14,
       TRANSLATE(f4, '.😀', '😀.') AS a15,
       TRANSLATE(f4, '😀w', '笑α') AS a16,
       TRANSLATE('www.apache.org', 'abc', '123') AS a17,
       TRANSLATE(TRANSLATE('www.apache.org', 'abc', '123'), 'abc', '123') AS a18,
       TRANSLATE(f1, 'abc', 'ABC') AS a19,
       TRANSLATE(f1, 'abcworg', '123 ') AS a20
FROM t;
