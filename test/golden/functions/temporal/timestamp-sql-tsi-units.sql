-- source: Flink ScalarFunctionsTest#testTimestampAdd / testTimestampDiff (every unit also written SQL_TSI_<unit>)
SELECT TIMESTAMPADD(SQL_TSI_SECOND, -1, TIMESTAMP '2017-11-29 22:58:58.998') AS a, TIMESTAMPDIFF(SQL_TSI_DAY, DATE '2016-06-15', DATE '2016-06-18') AS b, TIMESTAMPADD(SQL_TSI_MONTH, 1, DATE '2016-01-31') AS c;
