-- source: Flink ScalarFunctionsValidationTest#testTimestampAddWithWrongTimestampInterval (TIMESTAMPADD(XXX, …) is a parse error at the unit)
-- fail: 3:21 XXX
SELECT TIMESTAMPADD(XXX, 1, timestamp '2016-02-24 00:00:00') AS x;
