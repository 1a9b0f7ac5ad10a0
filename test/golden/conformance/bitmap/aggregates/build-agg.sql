-- source: Flink BitmapAggFunctionITCase#bitmapBuildAggTestCases "without retraction" (A: {-1,1,2,3,4} cardinality 5; B: {-1,1,2} 3; C, only NULLs: NULL, NULL); a BITMAP prints as RoaringBitmap.toString (unsigned); final table
-- pk: f1
-- order: final
CREATE TABLE t (f0 INT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f1, BITMAP_BUILD_AGG(f0) AS b, BITMAP_BUILD_CARDINALITY_AGG(f0) AS c FROM t GROUP BY f1;
