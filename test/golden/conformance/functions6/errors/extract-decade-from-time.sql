-- source: Flink ScalarFunctionsValidationTest#testDecadeWithTime (EXTRACT(DECADE FROM TIME '00:00:00') fails validation: Calcite's SqlExtractFunction allows DECADE on DATE, TIMESTAMP, TIMESTAMP_LTZ and intervals only)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(DECADE FROM TIME '00:00:00') AS x;
