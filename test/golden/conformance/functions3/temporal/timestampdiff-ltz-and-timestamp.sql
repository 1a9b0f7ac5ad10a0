-- source: Flink TemporalTypesTest (testInvalidTimestampLtzArithmetic): TIMESTAMPDIFF of a TIMESTAMP_LTZ and a TIMESTAMP fails 'TIMESTAMP_LTZ only supports diff between the same type.'
-- fail: 3:8 TIMESTAMP_LTZ only supports diff between the same type.
SELECT TIMESTAMPDIFF(MONTH, CAST(TIMESTAMP '1970-01-01 00:00:00.123' AS TIMESTAMP_LTZ(3)), TIMESTAMP '1970-01-01 00:00:00.123') AS c0;
