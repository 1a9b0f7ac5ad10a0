-- source: Flink TemporalTypesTest (testInvalidTimestampLtzArithmetic): "Cannot apply 'TIMESTAMPDIFF' to arguments of type 'TIMESTAMPDIFF(<SYMBOL>, <TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)>, <CHAR(16)>)'. Supported form(s): 'TIMESTAMPDIFF(<ANY>, <DATETIME>, <DATETIME>)'"
-- fail: 3:8 'TIMESTAMPDIFF(<SYMBOL>, <TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)>, <CHAR(16)>)'
SELECT TIMESTAMPDIFF(SECOND, CAST(TIMESTAMP '1970-01-01 00:00:00.123' AS TIMESTAMP_LTZ(3)), 'test_string_type') AS c0;
