-- source: Flink DecimalCastTest testCastFromTimestamp
-- fail: 3:8 it's recommended to use UNIX_TIMESTAMP(CAST(timestamp_col AS STRING)) instead
SELECT CAST(TIMESTAMP '2020-02-02 00:00:00' AS DECIMAL(38, 2)) AS x;
