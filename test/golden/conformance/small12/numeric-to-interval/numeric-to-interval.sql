-- source: Calcite StandardConvertletTable.convertCast as Flink 2.x runs it (only a SqlNumericLiteral operand becomes the interval literal value × unit; any other operand, CAST(3 AS BIGINT) included, goes to RexBuilder.makeCast, which in Calcite 1.3x no longer expands exact → interval) and Flink's cast rules for the remaining CAST: IdentityCastRule (BIGINT ↔ INTERVAL_DAY_TIME, INTEGER ↔ INTERVAL_YEAR_MONTH: the raw millisecond / month count), NumericPrimitiveCastRule (TINYINT / SMALLINT → either interval, INTEGER → INTERVAL_DAY_TIME, BIGINT → INTERVAL_YEAR_MONTH: the same raw count); types as FlinkTypeFactory gives intervals (INTERVAL SECOND(3) / INTERVAL MONTH)
SELECT CAST(b AS INTERVAL DAY) AS c0,
       CAST(CAST(3 AS BIGINT) AS INTERVAL DAY) AS c1,
       CAST(s AS INTERVAL HOUR) AS c2,
       CAST(t AS INTERVAL MONTH) AS c3,
       CAST(i AS INTERVAL YEAR) AS c4,
       CAST(b AS INTERVAL MONTH) AS c5,
       CAST(3 AS INTERVAL DAY) AS c6,
       CAST(5 AS INTERVAL MINUTE) AS c7
FROM (VALUES (CAST(3 AS BIGINT), CAST(2 AS SMALLINT), CAST(5 AS TINYINT), 14)) AS T(b, s, t, i);
