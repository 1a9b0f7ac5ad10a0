-- source: Flink ScalarFunctionsValidationTest#testCenturyWithTime (EXTRACT(CENTURY FROM TIME '00:00:00') fails validation: Calcite's SqlExtractFunction allows CENTURY on DATE, TIMESTAMP, TIMESTAMP_LTZ and intervals only)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(CENTURY FROM TIME '00:00:00') AS x;
