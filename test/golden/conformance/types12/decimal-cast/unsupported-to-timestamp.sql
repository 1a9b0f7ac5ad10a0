-- source: Flink DecimalCastTest testCastToTimestamp (the NUMERIC to TIMESTAMP message names TO_TIMESTAMP(FROM_UNIXTIME(numeric_col)))
-- fail: 3:8 it's recommended to use TO_TIMESTAMP(FROM_UNIXTIME(numeric_col)) instead, note the numeric is in seconds
SELECT CAST(CAST('5.22' AS DECIMAL(38, 2)) AS TIMESTAMP) AS x;
