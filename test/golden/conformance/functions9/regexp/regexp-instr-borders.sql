-- source: Flink RegexpFunctionsITCase regexpInstrTestCases (f0 NULL, f1 'abcdeabde', f2 '100-200, 300-400'): 1-based position of the first match, 0 when none, NULL for an invalid regex; INT
CREATE TABLE t (f0 STRING, f1 STRING, f2 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_INSTR(f0, f1) AS i0,
       REGEXP_INSTR(f1, f0) AS i1,
       REGEXP_INSTR(f1, '(') AS i2,
       REGEXP_INSTR(f2, '[a-z]') AS i3,
       REGEXP_INSTR('Helloworld! Hello everyone!', '\bHello\b') AS i4,
       REGEXP_INSTR('Helloworld!  Hello everyone!', '\bHello\b') AS i5,
       REGEXP_INSTR('hello world! Hello everyone!', 'Hello') AS i6,
       REGEXP_INSTR('a.b.c.d', '\.') AS i7,
       REGEXP_INSTR('abc123xyz456', '\d') AS i8,
       REGEXP_INSTR(f2, '(\d+)-(\d+)') AS i9
FROM t;
