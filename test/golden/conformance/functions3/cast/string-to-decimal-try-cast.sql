-- source: Flink CastFunctionITCase decimalCasts (rounding HALF_UP, numeric overflow gives NULL); TRY_CAST of a string that fails CAST gives NULL (Flink's TRY_CAST docs)
SELECT CAST(d AS DECIMAL(8, 4)) AS c0,
       CAST(x AS DECIMAL(8, 4)) AS c1,
       CAST(i AS DECIMAL(8, 4)) AS c2,
       TRY_CAST(s AS DECIMAL(8, 4)) AS c3,
       TRY_CAST(t AS DECIMAL(8, 4)) AS c4
FROM (VALUES (CAST(3.123456 AS DOUBLE), CAST(12.34561234 AS DECIMAL(10, 8)), 12345,
              CAST('12345.6789' AS STRING), CAST('1234.5678' AS STRING))) AS T(d, x, i, s, t);
