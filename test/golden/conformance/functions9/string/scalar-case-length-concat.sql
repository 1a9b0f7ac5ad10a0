-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testCharLength, testUpperCase, testLowerCase, testInitCap, testConcat, testMultiConcat, testConcatWs on ScalarTypesTestBase's row (f0 'This is a test String.', f7 3, f8 ' This is a test String. ', f23 '%This is a test String.', f24 '*_This is a test String.', f33 / f40 NULL, f35 'a', f36 'b'); each result as the test's expected text (NULL as 'NULL')
CREATE TABLE t (f0 STRING, f7 INT, f8 STRING, f23 STRING, f24 STRING, f33 STRING, f35 STRING, f36 STRING, f40 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COALESCE(CAST(CHAR_LENGTH(f0) AS STRING), 'NULL') AS c0,
       COALESCE(CAST(CHARACTER_LENGTH(f0) AS STRING), 'NULL') AS c1,
       COALESCE(CAST(UPPER(f0) AS STRING), 'NULL') AS c2,
       COALESCE(CAST(LOWER(f0) AS STRING), 'NULL') AS c3,
       COALESCE(CAST(INITCAP(f0) AS STRING), 'NULL') AS c4,
       COALESCE(CAST(INITCAP('ab') AS STRING), 'NULL') AS c5,
       COALESCE(CAST(INITCAP('a B') AS STRING), 'NULL') AS c6,
       COALESCE(CAST(INITCAP('fLinK') AS STRING), 'NULL') AS c7,
       COALESCE(CAST(f0||f0 AS STRING), 'NULL') AS c8,
       COALESCE(CAST(CONCAT('xx', f33) AS STRING), 'NULL') AS c9,
       COALESCE(CAST(CONCAT('AA','BB','CC','---') AS STRING), 'NULL') AS c10,
       COALESCE(CAST(CONCAT('x~x','b~b','c~~~~c','---') AS STRING), 'NULL') AS c11,
       COALESCE(CAST(concat(f35) AS STRING), 'NULL') AS c12,
       COALESCE(CAST(concat(f35,f36) AS STRING), 'NULL') AS c13,
       COALESCE(CAST(concat(f35,f36,f33) AS STRING), 'NULL') AS c14,
       COALESCE(CAST(CONCAT_WS(f33, 'AA') AS STRING), 'NULL') AS c15,
       COALESCE(CAST(concat_ws('~~~~','AA') AS STRING), 'NULL') AS c16,
       COALESCE(CAST(concat_ws('~','AA','BB') AS STRING), 'NULL') AS c17,
       COALESCE(CAST(concat_ws('~',f33, 'AA','BB','',f33, 'CC') AS STRING), 'NULL') AS c18,
       COALESCE(CAST(CONCAT_WS('~~~~','Flink', f33, 'xx', f33, f33) AS STRING), 'NULL') AS c19,
       COALESCE(CAST(concat_ws('||', f35, f36, f33) AS STRING), 'NULL') AS c20
FROM t;
