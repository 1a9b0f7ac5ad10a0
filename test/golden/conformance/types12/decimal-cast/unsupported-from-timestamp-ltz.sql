-- source: Flink DecimalCastTest testCastFromTimestampLz, message as today's CastFunctionITCase specificErrorMsg / NumericToTimestampCastRule-era text ("The cast from TIMESTAMP_LTZ type to NUMERIC type is not allowed.")
-- fail: 3:8 The cast from TIMESTAMP_LTZ type to NUMERIC type is not allowed.
SELECT CAST(CAST('2020-02-02' AS TIMESTAMP_LTZ) AS DECIMAL(38, 2)) AS x;
