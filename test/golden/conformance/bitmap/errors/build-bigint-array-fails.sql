-- source: Flink BitmapFunctionsITCase#bitmapBuildTestCases "Validation Error" (ARRAY<BIGINT> argument: "Invalid input arguments. Expected signatures are: BITMAP_BUILD(array ARRAY<INT> NOT NULL) / BITMAP_BUILD(array ARRAY<INT>)")
-- fail: 4:8 Invalid input arguments. Expected signatures are:
CREATE TABLE t (f ARRAY<BIGINT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT BITMAP_BUILD(f) FROM t;
