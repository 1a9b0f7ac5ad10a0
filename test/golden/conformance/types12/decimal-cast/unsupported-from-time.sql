-- source: Flink DecimalCastTest testCastFromTime (testUnsupportedCastFrom: "Cast function cannot convert value of type")
-- fail: 3:8 Cast function cannot convert value of type
SELECT CAST(CAST(NULL AS TIME) AS DECIMAL(38, 2)) AS x;
