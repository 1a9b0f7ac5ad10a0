-- source: Flink CastFunctionITCase toStringCasts (CHAR(3) from STRING 'abcdef' is 'abc', from DATE '202'; CHAR(5) from CHAR(3) 'foo' pads to 'foo  '; VARCHAR(3) from CHAR(4) / STRING trims) and CastRulesTest CHAR(6) (VARCHAR(5) 'Flink' is 'Flink ', TRUE 'TRUE  ', FALSE 'FALSE '): CharVarCharTrimPadCastRule
CREATE TABLE t (c3 CHAR(3), c4 CHAR(4), v5 VARCHAR(5), s STRING, dt DATE, b BOOLEAN, b2 BOOLEAN, n STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(s AS CHAR(3)) AS x0,
       CAST(dt AS CHAR(3)) AS x1,
       CAST(c3 AS CHAR(5)) AS x2,
       CAST(c4 AS VARCHAR(3)) AS x3,
       CAST(s AS VARCHAR(3)) AS x4,
       CAST(v5 AS CHAR(6)) AS x5,
       CAST(b AS CHAR(6)) AS x6,
       CAST(b2 AS CHAR(6)) AS x7,
       CAST(s AS CHAR(6)) AS x8,
       CAST(n AS CHAR(5)) AS x9,
       CHAR_LENGTH(CAST(c3 AS CHAR(5))) AS x10,
       CAST(CAST(c3 AS CHAR(5)) AS STRING) AS x11
FROM t;
