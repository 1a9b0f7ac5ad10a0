-- source: Flink CastFunctionITCase decimalCasts: failRuntime(STRING "12345.6789" to DECIMAL(8, 4), NumberFormatException) (BinaryStringDataUtil.toDecimal: null on overflow, the cast rule fails); TRY_CAST gives NULL
CREATE TEMPORARY VIEW v AS SELECT TRY_CAST(s AS DECIMAL(8, 4)) AS t, CAST(s AS DECIMAL(9, 4)) AS ok FROM (VALUES ('12345.6789')) AS T(s);
SELECT * FROM v;
