-- source: Flink ScalarFunctionsValidationTest#testDayWithTime (EXTRACT(DAY FROM TIME '00:00:00') fails validation: Calcite's SqlExtractFunction allows DAY on DATE, TIMESTAMP, TIMESTAMP_LTZ and intervals only)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(DAY FROM TIME '00:00:00') AS x;
