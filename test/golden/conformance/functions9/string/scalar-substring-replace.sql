-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testSubstring, testReplace on ScalarTypesTestBase's row (f0 'This is a test String.', f7 3, f8 ' This is a test String. ', f23 '%This is a test String.', f24 '*_This is a test String.', f33 / f40 NULL, f35 'a', f36 'b'); each result as the test's expected text (NULL as 'NULL')
CREATE TABLE t (f0 STRING, f7 INT, f8 STRING, f23 STRING, f24 STRING, f33 STRING, f35 STRING, f36 STRING, f40 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COALESCE(CAST(SUBSTRING(f0, 2) AS STRING), 'NULL') AS c0,
       COALESCE(CAST(SUBSTRING(f0, 2, 5) AS STRING), 'NULL') AS c1,
       COALESCE(CAST(SUBSTRING(f0, 1, f7) AS STRING), 'NULL') AS c2,
       COALESCE(CAST(SUBSTRING(f0, CAST(1 AS TINYINT), f7) AS STRING), 'NULL') AS c3,
       COALESCE(CAST(SUBSTRING(f0 FROM 2 FOR 1) AS STRING), 'NULL') AS c4,
       COALESCE(CAST(SUBSTRING(f0 FROM 2) AS STRING), 'NULL') AS c5,
       COALESCE(CAST(SUBSTRING(f0 FROM -2) AS STRING), 'NULL') AS c6,
       COALESCE(CAST(SUBSTRING(f0 FROM -2 FOR 1) AS STRING), 'NULL') AS c7,
       COALESCE(CAST(SUBSTRING(f0 FROM -2 FOR 0) AS STRING), 'NULL') AS c8,
       COALESCE(CAST(REPLACE(f0, ' ', '_') AS STRING), 'NULL') AS c9,
       COALESCE(CAST(REPLACE(f0, 'i', '') AS STRING), 'NULL') AS c10,
       COALESCE(CAST(REPLACE(f33, 'i', '') AS STRING), 'NULL') AS c11,
       COALESCE(CAST(REPLACE(f0, NULLIF('', ''), '') AS STRING), 'NULL') AS c12,
       COALESCE(CAST(REPLACE(f0, ' ', NULLIF('', '')) AS STRING), 'NULL') AS c13
FROM t;
