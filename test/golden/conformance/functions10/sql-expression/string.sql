-- source: Flink SqlExpressionTest testStringFunctions (each expected text; the expression cast to STRING); nullability from FlinkSqlOperatorTable: SUBSTRING / SUBSTR ARG0_VARCHAR_FORCE_NULLABLE and REGEXP_EXTRACT FORCE_NULLABLE are nullable, REGEXP_REPLACE / REPEAT / REPLACE TO_NULLABLE are NOT NULL on literals
SELECT CAST('test' || 'string' AS STRING) AS c0, CAST(CHAR_LENGTH('string') AS STRING) AS c1, CAST(CHARACTER_LENGTH('string') AS STRING) AS c2,
       CAST(UPPER('string') AS STRING) AS c3, CAST(LOWER('STRING') AS STRING) AS c4, CAST(POSITION('STR' IN 'STRING') AS STRING) AS c5,
       CAST(TRIM(BOTH ' STRING ') AS STRING) AS c6, CAST(TRIM(LEADING 'x' FROM 'xxxxSTRINGxxxx') AS STRING) AS c7,
       CAST(TRIM(TRAILING 'x' FROM 'xxxxSTRINGxxxx') AS STRING) AS c8,
       CAST(OVERLAY('This is a old string' PLACING 'new' FROM 11 FOR 3) AS STRING) AS c9,
       CAST(SUBSTRING('hello world', 2) AS STRING) AS c10, CAST(SUBSTRING('hello world', 2, 3) AS STRING) AS c11,
       CAST(SUBSTRING('hello world', 2, 300) AS STRING) AS c12, CAST(SUBSTR('hello world', 2, 3) AS STRING) AS c13,
       CAST(SUBSTR('hello world', 2) AS STRING) AS c14, CAST(SUBSTR('hello world', 2, 300) AS STRING) AS c15,
       CAST(SUBSTR('hello world', 0, 3) AS STRING) AS c16, CAST(INITCAP('hello world') AS STRING) AS c17,
       CAST(REGEXP_REPLACE('foobar', 'oo|ar', '') AS STRING) AS c18, CAST(REGEXP_EXTRACT('foothebar', 'foo(.*?)(bar)', 2) AS STRING) AS c19,
       CAST(REPEAT('This is a test String.', 2) AS STRING) AS c20, CAST(REPLACE('hello world', 'world', 'flink') AS STRING) AS c21;
