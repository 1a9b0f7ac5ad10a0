-- source: Flink TemporalTypesTest (testInvalidTimestampLtzArithmetic): TIMESTAMPDIFF of a TIMESTAMP_LTZ and a DATE fails
-- fail: 3:8 TIMESTAMP_LTZ only supports diff between the same type.
SELECT TIMESTAMPDIFF(MONTH, CAST(TIMESTAMP '1970-01-01 00:00:00.123' AS TIMESTAMP_LTZ(3)), DATE '1970-01-01') AS c0;
