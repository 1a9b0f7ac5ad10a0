-- source: Flink BitmapFunctionsITCase#bitmapFromBytesTestCases "Runtime Error" (bytes "invalid" fail with TableRuntimeException "Failed to deserialize bitmap from bytes.")
-- fail: Failed to deserialize bitmap from bytes.
CREATE TABLE t (s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT BITMAP_FROM_BYTES(CAST(s AS BYTES)) FROM t;
