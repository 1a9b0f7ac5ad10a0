-- source: Flink CastFunctionITCase specificErrorMsg: a TIMESTAMP_LTZ to a NUMERIC type fails validation with "The cast from TIMESTAMP_LTZ type to NUMERIC type is not allowed."
-- fail: 3:8 The cast from TIMESTAMP_LTZ type to NUMERIC type is not allowed.
SELECT CAST(ts AS BIGINT) AS c0
FROM (VALUES (TO_TIMESTAMP_LTZ(0, 3))) AS T(ts);
