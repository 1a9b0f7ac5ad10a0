-- source: Flink DecimalCastTest testCastToRow (testUnsupportedCastTo: "Cast function cannot convert value of type DECIMAL(38, 2) ... to type")
-- fail: 3:8 Cast function cannot convert value of type DECIMAL(38, 2) to type
SELECT CAST(CAST('5.22' AS DECIMAL(38, 2)) AS ROW<i INT, j INT>) AS x;
