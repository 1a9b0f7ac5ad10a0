-- source: Flink DecimalCastTest testCastFromNumeric / testCastFromFloat / testCastFromBoolean and CastFunctionITCase decimalCasts (out of precision gives NULL: INT 12345 and FLOAT 12345.678912 to DECIMAL(8, 4); rounding HALF_UP: DOUBLE 3.123456 is 3.1235, DECIMAL(10, 8) 12.34561234 is 12.3456, FLOAT 6.8247 to DECIMAL(10, 3) is 6.825); CAST(x AS DECIMAL) is DECIMAL(10, 0)
CREATE TABLE t (ti TINYINT, si SMALLINT, i INT, bi BIGINT, f FLOAT, f2 FLOAT, d DOUBLE, dmax DOUBLE, dm DECIMAL(10, 8), b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(ti AS DECIMAL) AS c0,
       CAST(si AS DECIMAL(20, 0)) AS c1,
       CAST(bi AS DECIMAL(20, 0)) AS c2,
       CAST(ti AS DECIMAL(2, 0)) AS c3,
       CAST(i AS DECIMAL(8, 4)) AS c4,
       CAST(f2 AS DECIMAL(8, 4)) AS c5,
       CAST(d AS DECIMAL(8, 4)) AS c6,
       CAST(dm AS DECIMAL(8, 4)) AS c7,
       CAST(f AS DECIMAL(10, 4)) AS c8,
       CAST(f AS DECIMAL(10, 3)) AS c9,
       CAST(dmax AS DECIMAL(38, 0)) AS c10,
       CAST(-dmax AS DECIMAL(38, 0)) AS c11,
       CAST(b AS DECIMAL) AS c12,
       CAST(NOT b AS DECIMAL(3, 1)) AS c13,
       CAST(CAST(NULL AS INT) AS DECIMAL) AS c14
FROM t;
