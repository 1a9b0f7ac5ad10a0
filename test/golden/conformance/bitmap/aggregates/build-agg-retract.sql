-- source: Flink BitmapBuildWithRetractAggFunction semantics (BitmapAggFunctionITCase "with retraction": a retracted value leaves the bitmap once its count drops to 0), by hand on an updating input: per-key counts a=3, b=1, c=1 end as the values {1, 3}; final table
-- order: final
CREATE TABLE t (k STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT BITMAP_TO_STRING(BITMAP_BUILD_AGG(n)) AS b, BITMAP_BUILD_CARDINALITY_AGG(n) AS c FROM (SELECT k, CAST(COUNT(*) AS INT) AS n FROM t GROUP BY k);
