-- source: Flink BitmapFunctionsITCase#bitmapToBytesTestCases / bitmapFromBytesTestCases (BITMAP_TO_BYTES is RoaringBitmap runOptimize + serialize; round trip BUILD -> TO_BYTES -> FROM_BYTES -> TO_ARRAY gives [1, 2, 3, -4]); expected bytes derived by hand from RoaringFormatSpec (cookie 12346 without run containers, 12347 with)
-- order: strict
CREATE TABLE t (id INT, f ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, BITMAP_TO_ARRAY(BITMAP_FROM_BYTES(BITMAP_TO_BYTES(BITMAP_BUILD(f)))) AS a, BITMAP_TO_BYTES(BITMAP_BUILD(f)) = CASE id WHEN 1 THEN x'3A30000000000000' WHEN 2 THEN x'3A3000000200000000000200FFFF0000180000001E000000010002000300FCFF' WHEN 3 THEN x'3B3000000100000900010001000900' END AS same FROM t;
