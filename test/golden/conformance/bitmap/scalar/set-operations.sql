-- source: FLIP-556 discussion example (dev@flink.apache.org, dylanhz 2025-12: BITMAP_OR(BITMAP_BUILD(ARRAY[1,2,3]), BITMAP_BUILD(ARRAY[3,6,9])) is {1,2,3,6,9}); BitmapAndFunction / BitmapAndnotFunction / BitmapXorFunction (NULL if either argument is NULL; set intersection / difference / symmetric difference), by hand
-- order: strict
CREATE TABLE t (id INT, x ARRAY<INT>, y ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, BITMAP_TO_STRING(BITMAP_OR(BITMAP_BUILD(x), BITMAP_BUILD(y))) AS o, BITMAP_TO_STRING(BITMAP_AND(BITMAP_BUILD(x), BITMAP_BUILD(y))) AS a, BITMAP_TO_STRING(BITMAP_XOR(BITMAP_BUILD(x), BITMAP_BUILD(y))) AS x, BITMAP_TO_STRING(BITMAP_ANDNOT(BITMAP_BUILD(x), BITMAP_BUILD(y))) AS n FROM t;
