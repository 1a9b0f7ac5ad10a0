-- source: Flink BitmapAggFunctionITCase#bitmapBuildAggTestCases "Validation Error" (BIGINT argument: "Invalid input arguments. Expected signatures are: BITMAP_BUILD_AGG(value <INTEGER>)")
-- fail: Invalid input arguments. Expected signatures are:
CREATE TABLE t (f0 BIGINT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f1, BITMAP_BUILD_AGG(f0) FROM t GROUP BY f1;
