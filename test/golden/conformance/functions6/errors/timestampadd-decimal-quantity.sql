-- source: Flink ScalarFunctionsValidationTest#testTimestampAddWithWrongQuantity (TIMESTAMPADD(YEAR, 1.0, …): the quantity must be an integer, a validation error)
-- fail: 3:8 TIMESTAMPADD
SELECT TIMESTAMPADD(YEAR, 1.0, timestamp '2016-02-24 12:42:25') AS x;
