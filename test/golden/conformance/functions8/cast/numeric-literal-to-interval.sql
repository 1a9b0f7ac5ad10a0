-- source: Calcite StandardConvertletTable.convertCast (Flink's SQL-to-rel conversion): CAST of a numeric literal to INTERVAL <unit> becomes the interval literal literal × unit (CAST(1 AS INTERVAL DAY) is one day), typed as FlinkTypeFactory gives intervals (INTERVAL SECOND(3) / INTERVAL MONTH); a numeric column casts as a raw count of milliseconds / months (NumericPrimitiveCastRule: INT to INTERVAL DAY TO SECOND, BIGINT to INTERVAL YEAR TO MONTH)
SELECT CAST(1 AS INTERVAL DAY) AS c0,
       CAST(2 AS INTERVAL HOUR) AS c1,
       CAST(1.5 AS INTERVAL MINUTE) AS c2,
       CAST(-5 AS INTERVAL SECOND) AS c3,
       CAST(2 AS INTERVAL YEAR) AS c4,
       CAST(7 AS INTERVAL MONTH) AS c5,
       CAST(i AS INTERVAL DAY) AS c6,
       CAST(b AS INTERVAL YEAR) AS c7,
       DATE '1990-10-14' + CAST(1 AS INTERVAL DAY) AS c8
FROM (VALUES (1, CAST(24 AS BIGINT))) AS T(i, b);
