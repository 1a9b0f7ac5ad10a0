-- source: Flink DecimalCastTest testCastToTimestampLz
-- fail: 3:8 it's recommended to use TO_TIMESTAMP_LTZ(numeric_col, precision) instead
SELECT CAST(CAST('5.22' AS DECIMAL(38, 2)) AS TIMESTAMP_LTZ) AS x;
