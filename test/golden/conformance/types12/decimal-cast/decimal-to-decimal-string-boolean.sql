-- source: Flink DecimalCastTest testCastToDecimal / testCastToString (VARCHAR without a length is VARCHAR(2147483647), FlinkTypeSystem default precision, printed STRING) / testCastToBoolean on DECIMAL(38, 2) (HALF_UP: 5.26 to DECIMAL(2, 1) is 5.3, 5.22 is 5.2; 236.2 overflows DECIMAL(2, 1) to NULL; the string keeps the scale: 12.20; 0 is FALSE, any other value TRUE); CAST to CHAR(8) pads (CharVarCharTrimPadCastRule)
CREATE TABLE t (z DECIMAL(38, 2), a DECIMAL(38, 2), b DECIMAL(38, 2), c DECIMAL(38, 2), d DECIMAL(38, 2), e DECIMAL(38, 2), n DECIMAL(38, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(z AS DECIMAL(1, 1)) AS c0,
       CAST(d AS DECIMAL(3, 2)) AS c1,
       CAST(c AS DECIMAL(2, 1)) AS c2,
       CAST(b AS DECIMAL(2, 1)) AS c3,
       CAST(a AS DECIMAL(2, 1)) AS c4,
       CAST(n AS DECIMAL) AS c5,
       CAST(z AS VARCHAR) AS c6,
       CAST(e AS STRING) AS c7,
       CAST(a AS VARCHAR(10)) AS c8,
       CAST(e AS CHAR(8)) AS c9,
       CAST(z AS BOOLEAN) AS c10,
       CAST(a AS BOOLEAN) AS c11,
       CAST(e AS BOOLEAN) AS c12,
       CAST(n AS BOOLEAN) AS c13
FROM t;
