-- source: Flink BitmapFunctionsITCase#bitmapCardinalityTestCases "Validation Error" (ARRAY<INT> argument: "Invalid input arguments. Expected signatures are: BITMAP_CARDINALITY(bitmap <BITMAP>)")
-- fail: 4:8 Invalid input arguments. Expected signatures are:
CREATE TABLE t (f ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT BITMAP_CARDINALITY(f) FROM t;
