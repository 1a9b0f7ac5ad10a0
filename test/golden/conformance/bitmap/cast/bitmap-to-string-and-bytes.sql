-- source: Flink BitmapToStringCastRule (BITMAP to CHARACTER_STRING via Bitmap.toString, trimmed to VARCHAR(n) like every character-string target) and BitmapToBinaryCastRule (BITMAP to BYTES via Bitmap.toBytes, the same bytes as BITMAP_TO_BYTES)
-- order: strict
CREATE TABLE t (id INT, f ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CAST(BITMAP_BUILD(f) AS STRING) AS s, CAST(BITMAP_BUILD(f) AS VARCHAR(4)) AS v4, CAST(BITMAP_BUILD(f) AS BYTES) = BITMAP_TO_BYTES(BITMAP_BUILD(f)) AS b FROM t;
