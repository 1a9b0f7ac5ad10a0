-- source: Flink BitmapFunctionsITCase#bitmapBuildTestCases / bitmapToStringTestCases / bitmapToArrayTestCases / bitmapCardinalityTestCases (NULL array gives NULL, NULL elements skipped, values unsigned: -1 is 4294967295 and sorts last; BITMAP_TO_STRING is RoaringBitmap.toString); TYPEOF as DESCRIBE prints BitmapType ("BITMAP")
-- order: strict
CREATE TABLE t (id INT, f ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, BITMAP_TO_STRING(BITMAP_BUILD(f)) AS s, BITMAP_TO_ARRAY(BITMAP_BUILD(f)) AS a, BITMAP_CARDINALITY(BITMAP_BUILD(f)) AS c, TYPEOF(BITMAP_BUILD(f)) AS ty FROM t;
