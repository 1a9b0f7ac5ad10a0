-- source: Flink ScalarFunctionsValidationTest#testMillenniumWithTime (EXTRACT(MILLENNIUM FROM TIME '00:00:00') fails validation: Calcite's SqlExtractFunction allows MILLENNIUM on DATE, TIMESTAMP, TIMESTAMP_LTZ and intervals only)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(MILLENNIUM FROM TIME '00:00:00') AS x;
