-- source: Flink casting rules: BITMAP casts only to CHARACTER_STRING (BitmapToStringCastRule) and BYTES (BitmapToBinaryCastRule); any other target fails validation
-- fail: 4:8 Cast function cannot convert value of type BITMAP
CREATE TABLE t (f ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(BITMAP_BUILD(f) AS INT) FROM t;
