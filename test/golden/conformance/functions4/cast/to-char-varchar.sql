-- source: Flink CastFunctionITCase toStringCasts: CHAR(n) / VARCHAR(n) targets trim and pad
SELECT CAST(CAST('foo' AS VARCHAR(5)) AS CHAR(3)) AS c1,
       CAST(CAST('abcdef' AS STRING) AS CHAR(3)) AS c2,
       CAST(DATE '2021-09-24' AS CHAR(3)) AS c3,
       CAST(CAST('foo' AS CHAR(3)) AS CHAR(5)) AS c4,
       CAST(CAST('foo' AS CHAR(4)) AS VARCHAR(3)) AS c5,
       CAST(CAST('abcdef' AS STRING) AS VARCHAR(3)) AS c6,
       CAST(CAST(NULL AS CHAR(5)) AS CHAR(3)) AS c7;
