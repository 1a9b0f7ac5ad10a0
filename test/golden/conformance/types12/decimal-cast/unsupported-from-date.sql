-- source: Flink DecimalCastTest testCastFromDate (testUnsupportedCastFrom: "Cast function cannot convert value of type")
-- fail: 3:8 Cast function cannot convert value of type
SELECT CAST(CAST(NULL AS DATE) AS DECIMAL(38, 2)) AS x;
