-- source: Flink BitmapAggFunctionITCase "without retraction" cases of BITMAP_AND_AGG / BITMAP_OR_AGG (+ _CARDINALITY_AGG), groups A-D (A: AND {3} 1, OR {1,2,3,4,5} 5; B: AND {4,6} 2, OR {1,2,4,6,8,12,16} 7; C: AND {-1} 1, OR {0,1,-2,-1} 4; D only NULL: NULL); BITMAP_XOR_AGG by hand from the same rows (symmetric difference of all); final table
-- pk: k
-- order: final
CREATE TABLE t (f ARRAY<INT>, k STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, BITMAP_TO_STRING(BITMAP_AND_AGG(BITMAP_BUILD(f))) AS a, BITMAP_AND_CARDINALITY_AGG(BITMAP_BUILD(f)) AS ac, BITMAP_TO_STRING(BITMAP_OR_AGG(BITMAP_BUILD(f))) AS o, BITMAP_OR_CARDINALITY_AGG(BITMAP_BUILD(f)) AS oc, BITMAP_TO_STRING(BITMAP_XOR_AGG(BITMAP_BUILD(f))) AS x, BITMAP_XOR_CARDINALITY_AGG(BITMAP_BUILD(f)) AS xc FROM t GROUP BY k;
